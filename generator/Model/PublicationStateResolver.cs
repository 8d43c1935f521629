using Disclosure.Generator.Configuration;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Model;

/// <summary>Decides each record's <see cref="PublicationState"/> for a given day.</summary>
internal static class PublicationStateResolver
{
    /// <summary>The state of any record; decisions add exclusion, withdrawal and default periods.</summary>
    public static PublicationState Resolve(DisclosureRecord record, RuleSettings rules, DateOnly today)
    {
        if (record is Decision decision)
        {
            // 第十二条 comes first: an excluded record publishes nothing, not even a withdrawal notice.
            if (decision.Exclusion is not null)
            {
                return PublicationState.Excluded;
            }

            if (decision.Withdrawal is not null)
            {
                return PublicationState.Withdrawn;
            }
        }

        if (record.Published > today)
        {
            return PublicationState.Scheduled;
        }

        var end = record.PublicationEnd ?? DefaultEnd(record, rules);
        return end is { } last && today > last ? PublicationState.Expired : PublicationState.Published;
    }

    /// <summary>The last day of publication: the record's own, or its category's default period; null when open-ended.</summary>
    public static DateOnly? EndOf(DisclosureRecord record, RuleSettings rules) => record.PublicationEnd ?? DefaultEnd(record, rules);

    private static DateOnly? DefaultEnd(DisclosureRecord record, RuleSettings rules) =>
        record is Decision d && rules.PublicationMonths.TryGetValue(d.Category, out var months)
            ? d.DecisionDate.AddMonths(months)
            : null;
}
