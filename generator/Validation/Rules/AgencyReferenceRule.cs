using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>Every record names an existing agency (谁执法、谁公开: each item has a responsible publisher).</summary>
internal sealed class AgencyReferenceRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var (records, sink) = (context.Records, context.Sink);
        var known = records.Agencies.Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal);
        var names = string.Join(", ", records.Agencies.Select(a => a.Id.Value).Take(12));
        IEnumerable<DisclosureRecord> all =
        [
            .. records.Officers, .. records.Powers, .. records.InspectionLists, .. records.Procedures, .. records.Guides,
            .. records.Notices, .. records.Decisions, .. records.InspectionPlans, .. records.InspectionResults,
            .. records.Reports, .. records.Corrections,
        ];
        foreach (var record in all)
        {
            if (!known.Contains(record.Agency.Value))
            {
                sink.Report(RuleCodes.UnknownAgency, record.Source.At("agency"), record.Agency.Value, names);
            }
        }
    }
}
