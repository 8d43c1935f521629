using System.Globalization;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Rendering.Views;

/// <summary>Builds the statistics report view, including its SVG bar chart geometry.</summary>
internal sealed class ReportViews(ViewFactory views, Func<string, string> text)
{
    private const int BarHeight = 28;
    private const int BarGap = 12;
    private const int MaxBarWidth = 360;

    /// <summary>The report view.</summary>
    public ReportView Report(StatisticsReport report, ReportFigures f)
    {
        var officers = f.OfficersInPost;
        string? PerCapita(int total) => officers == 0 ? null : (total / (decimal)officers).ToString("0.00", CultureInfo.InvariantCulture);
        var byCategory = f.DecisionsByCategory.Select(c => new FactView(views.Label(ClosedSets.Categories, c.Category), ViewFormat.Number(c.Count))).ToList();
        return new ReportView
        {
            Title = report.Title,
            Url = SiteUrls.Report(report.Year),
            Year = report.Year.ToString(CultureInfo.InvariantCulture),
            Agency = views.AgencyOf(report.Agency),
            Figures = [.. new[]
            {
                views.Fact("report.bodies", ViewFormat.Number(f.Bodies)),
                views.Fact("report.posts", f.Posts is { } p ? ViewFormat.Number(p) : null),
                views.Fact("report.officers", ViewFormat.Number(officers)),
                views.Fact("report.decisions", ViewFormat.Number(f.TotalDecisions)),
                views.Fact("report.per_capita", PerCapita(f.TotalDecisions)),
                views.Fact("report.planned_inspections", ViewFormat.Number(f.PlannedInspections)),
                views.Fact("report.inspections", ViewFormat.Number(f.Inspections)),
                views.Fact("report.plan_execution", ViewFormat.Percent(f.Inspections, f.PlannedInspections)),
                views.Fact("report.per_capita_inspections", PerCapita(f.Inspections)),
                views.Fact("report.pass_rate", ViewFormat.Percent(f.InspectionsPassed, f.Inspections)),
                views.Fact("report.complaints_received", f.Complaints is { } c ? ViewFormat.Number(c.Received) : null),
                views.Fact("report.complaints_resolved", f.Complaints is { } c2 ? ViewFormat.Number(c2.Resolved) : null),
                views.Fact("report.complaints_substantiated", f.Complaints?.Substantiated is { } s ? ViewFormat.Number(s) : null),
                views.Fact("report.published_late", ViewFormat.Number(f.PublishedLate)),
            }.OfType<FactView>()],
            ByCategory = byCategory,
            ByAgency = [.. f.DecisionsByAgency.Where(a => a.Count > 0).Select(a => new FactView(views.AgencyOf(AgencyId(a.AgencyId)).Name, ViewFormat.Number(a.Count)))],
            CategoryChart = Chart(text("report.chart_by_category"), [.. f.DecisionsByCategory.Select(c => (views.Label(ClosedSets.Categories, c.Category), c.Count))]),
            Notes = report.Notes,
            Published = views.Date(report.Published),
        };
    }

    private static RecordId AgencyId(string id) => RecordId.TryParse(id, out var parsed) ? parsed : default;

    private static ChartView Chart(string title, IReadOnlyList<(string Label, int Value)> data)
    {
        var max = Math.Max(1, data.Max(d => d.Value));
        var bars = data.Select((d, i) => new ChartBarView(
            d.Label,
            ViewFormat.Number(d.Value),
            i * (BarHeight + BarGap),
            d.Value == 0 ? 0 : Math.Max(2, d.Value * MaxBarWidth / max),
            (i * (BarHeight + BarGap)) + 19)).ToList();
        return new ChartView(title, Math.Max(1, bars.Count * (BarHeight + BarGap)), bars);
    }
}
