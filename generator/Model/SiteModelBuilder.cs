using System.Collections.Immutable;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Pipeline;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Model;

/// <summary>Resolves each record's publication state, drops what must not appear, and computes report figures.</summary>
internal static class SiteModelBuilder
{
    /// <summary>Builds the site model for the context's today.</summary>
    public static SiteModel Build(RecordSet records, SiteConfig config, BuildContext context)
    {
        var today = context.Today;
        var withheld = new SortedDictionary<PublicationState, int>();
        List<T> Visible<T>(IEnumerable<T> items)
            where T : DisclosureRecord
        {
            var kept = new List<T>();
            foreach (var item in items)
            {
                var state = PublicationStateResolver.Resolve(item, config.Rules, today);
                if (state == PublicationState.Published)
                {
                    kept.Add(item);
                }
                else
                {
                    withheld[state] = withheld.GetValueOrDefault(state) + 1;
                }
            }

            return kept;
        }

        var agencies = records.Agencies.ToList();
        var confidential = agencies.Where(a => a.Confidential).Select(a => a.Id).ToHashSet();
        var officers = Visible(records.Officers.Where(o => !confidential.Contains(o.Agency)));
        var hidden = records.Officers.Count(o => confidential.Contains(o.Agency));
        if (hidden > 0)
        {
            withheld[PublicationState.Confidential] = hidden;
        }

        var decisions = Visible(records.Decisions)
            .OrderByDescending(d => d.DecisionDate).ThenBy(d => d.Id.Value, StringComparer.Ordinal).ToList();
        var notices = config.Rules.WithdrawnNotice
            ? records.Decisions.Where(d => d.Exclusion is null && d.Withdrawal is not null && d.Published <= today).ToList()
            : [];

        return new SiteModel
        {
            Config = config,
            Today = today,
            Agencies = agencies,
            AgencyIndex = agencies.ToImmutableDictionary(a => a.Id),
            Officers = officers,
            Powers = Visible(records.Powers),
            InspectionLists = Visible(records.InspectionLists),
            Procedures = Visible(records.Procedures),
            Guides = Visible(records.Guides),
            Notices = [.. Visible(records.Notices).OrderByDescending(n => n.Published).ThenBy(n => n.Id.Value, StringComparer.Ordinal)],
            Decisions = decisions,
            WithdrawalNotices = notices,
            InspectionPlans = [.. Visible(records.InspectionPlans).OrderByDescending(p => p.Year).ThenBy(p => p.Agency.Value, StringComparer.Ordinal)],
            InspectionResults = [.. Visible(records.InspectionResults).OrderByDescending(r => r.Period.End).ThenBy(r => r.Agency.Value, StringComparer.Ordinal)],
            Reports = [.. Visible(records.Reports).OrderByDescending(r => r.Year).Select(r => (r, ReportCalculator.Compute(r, records, config)))],
            Corrections = [.. Visible(records.Corrections).OrderByDescending(c => c.Received).ThenBy(c => c.Id.Value, StringComparer.Ordinal)],
            Withheld = withheld.ToImmutableSortedDictionary(),
            PublishedDecisionIds = decisions.Select(d => d.Id.Value).ToImmutableHashSet(StringComparer.Ordinal),
        };
    }
}
