using Disclosure.Generator.Configuration;
using Disclosure.Generator.Pipeline;
using Disclosure.Generator.Records;
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
    ];

    /// <summary>Checks the records against every rule.</summary>
    public static void Run(RecordSet records, SiteConfig config, BuildContext context)
    {
        foreach (var rule in Rules)
        {
            rule.Check(records, config, context.Today, context.Sink);
        }
    }
}
