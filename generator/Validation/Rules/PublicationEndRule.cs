using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// Publication periods (公示期; site.yml publication_months, a record's publication_end): a record past its
/// end is dropped by the build; this reports it as information so editors see why it left the site.
/// </summary>
internal sealed class PublicationEndRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        foreach (var record in context.Records.All())
        {
            if (PublicationStateResolver.Resolve(record, context.Config.Rules, context.Today) != PublicationState.Expired)
            {
                continue;
            }

            var end = record.PublicationEnd ?? (record is Decision d && context.Config.Rules.PublicationMonths.TryGetValue(d.Category, out var months) ? d.DecisionDate.AddMonths(months) : context.Today);
            var at = record.Source.At(record.PublicationEnd is null ? "decision_date" : "publication_end");
            context.Report(RuleCodes.PublicationEnded, at, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
