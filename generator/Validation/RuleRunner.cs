using Disclosure.Generator.Validation.Rules;

namespace Disclosure.Generator.Validation;

/// <summary>Runs every rule over the records; each rule reports all it finds, so one run shows every problem.</summary>
internal static class RuleRunner
{
    private static readonly IRecordRule[] Rules =
    [
        new DuplicateIdRule(),
        new AgencyReferenceRule(),
        new OfficerReferenceRule(),
        new RecordReferenceRule(),
        new ResultDeadlineRule(),
        new BackDatingRule(),
        new WithdrawalDeadlineRule(),
        new MinorExclusionRule(),
        new MaskedTargetRule(),
        new RedactionRule(),
        new SafeLinkRule(),
        new PublicationEndRule(),
        new CertificateValidityRule(),
        new AnnualReportDueRule(),
        new InspectionPlanDueRule(),
        new InspectionResultsDueRule(),
    ];

    /// <summary>Checks the records against every rule.</summary>
    public static void Run(RuleContext context)
    {
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
    }
}
