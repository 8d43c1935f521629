using Disclosure.Generator.Configuration;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Model;

/// <summary>Computes the 武汉 第九条 figures for a report's year from the records.</summary>
internal static class ReportCalculator
{
    /// <summary>The figures; counts include withheld decisions, which are enforcement all the same.</summary>
    public static ReportFigures Compute(StatisticsReport report, RecordSet records, SiteConfig config)
    {
        var year = report.Year;
        var yearEnd = new DateOnly(year, 12, 31);
        var decided = records.Decisions.Where(d => d.DecisionDate.Year == year).ToList();
        var results = records.InspectionResults.Where(r => r.Period.Year == year).ToList();
        return new ReportFigures
        {
            Year = year,
            Bodies = records.Agencies.Count(a => a.Published <= yearEnd),
            Posts = report.Posts,
            OfficersInPost = records.Officers.Count(o => o.Role == OfficerRole.Officer && o.Certificate?.IsValidOn(yearEnd) == true),
            DecisionsByCategory = [.. ClosedSets.Categories.Values.Select(c => (c, decided.Count(d => d.Category == c)))],
            DecisionsByAgency = [.. records.Agencies.Select(a => (a.Id.Value, decided.Count(d => d.Agency == a.Id)))],
            PlannedInspections = records.InspectionPlans.Where(p => p.Year == year)
                .Sum(p => p.Items.Sum(i => (int)Math.Round(i.BaseCount * i.Ratio / 100m, MidpointRounding.AwayFromZero))),
            Inspections = results.Sum(r => r.Inspected ?? r.Items.Count),
            InspectionsPassed = results.Sum(r => r.Passed ?? r.Items.Count(i => i.Outcome == InspectionOutcome.Passed)),
            Complaints = report.Complaints,
            PublishedLate = decided.Count(d => d.LateReason is not null),
        };
    }
}
