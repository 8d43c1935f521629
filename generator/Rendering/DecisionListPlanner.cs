using System.Globalization;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;
using Disclosure.Generator.Rendering.Views;

namespace Disclosure.Generator.Rendering;

/// <summary>
/// The decision lists: all decisions and the static filter pages by agency, category and year, each
/// paginated. Every decision appears once per filter it belongs to, so pages grow linearly.
/// </summary>
internal sealed class DecisionListPlanner(SiteModel model, ViewFactory views, PageFactory pages)
{
    /// <summary>Jobs for every list page.</summary>
    public IEnumerable<PageJob> Plan()
    {
        // List rows need no full text; build them on every core, in order.
        var rows = model.Decisions.AsParallel().AsOrdered().Select(d => (Decision: d, View: views.DecisionRow(d))).ToList();
        var filters = Filters(rows.Select(r => r.Decision).ToList());
        foreach (var job in List("decisions/", pages.Text("nav.decisions"), rows, filters, "decisions/"))
        {
            yield return job;
        }

        foreach (var agency in model.Agencies)
        {
            var url = SiteUrls.DecisionsByAgency(agency.Id);
            foreach (var job in List(url, agency.Name + " · " + pages.Text("nav.decisions"), [.. rows.Where(r => r.Decision.Agency == agency.Id)], filters, url))
            {
                yield return job;
            }
        }

        foreach (var category in ClosedSets.Categories.Values)
        {
            var url = SiteUrls.DecisionsByCategory(category);
            foreach (var job in List(url, views.Label(ClosedSets.Categories, category), [.. rows.Where(r => r.Decision.Category == category)], filters, url))
            {
                yield return job;
            }
        }

        foreach (var year in Years())
        {
            var url = SiteUrls.DecisionsByYear(year);
            var title = views.English ? year.ToString(CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture) + "年";
            foreach (var job in List(url, title + " · " + pages.Text("nav.decisions"), [.. rows.Where(r => r.Decision.DecisionDate.Year == year)], filters, url))
            {
                yield return job;
            }
        }
    }

    private List<int> Years() => [.. model.Decisions.Select(d => d.DecisionDate.Year).Distinct().OrderDescending()];

    private IEnumerable<PageJob> List(string listBase, string title, List<(Decision Decision, DecisionView View)> rows, Func<string, IReadOnlyList<FilterGroupView>> filters, string current)
    {
        var size = model.Config.PageSize;
        var total = Math.Max(1, (rows.Count + size - 1) / size);
        var groups = filters(current);
        // The sidebar is the same on every page of one list: render it once per list and page depth.
        var sidebar = new Fragment("partials/decision-filters.liquid", current, new Dictionary<string, object?>(StringComparer.Ordinal) { ["filters"] = groups });
        for (var number = 1; number <= total; number++)
        {
            // Each page's values are built later, inside the parallel render: capture this page's number.
            var page = number;
            var url = SiteUrls.ListPage(listBase, page);
            var pageTitle = page == 1 ? title : string.Format(CultureInfo.InvariantCulture, pages.Text("pager.title_page"), title, page);
            var pager = Pager(listBase, page, total, rows.Count);
            var trail = listBase == "decisions/" ? null : new List<LinkView> { new(title, listBase) };
            yield return pages.Job("decisions.liquid", url, pageTitle, "decisions", () => new Dictionary<string, object?>
            {
                ["decisions"] = rows.Skip((page - 1) * size).Take(size).Select(r => r.View).ToList(),
                ["pager"] = pager,
                ["filters"] = groups,
                ["filters_html"] = sidebar,
                ["heading"] = title,
            }, trail: page == 1 ? null : trail);
        }
    }

    private Func<string, IReadOnlyList<FilterGroupView>> Filters(List<Decision> decisions)
    {
        var byAgency = model.Agencies.Select(a => (Url: SiteUrls.DecisionsByAgency(a.Id), a.ShortName ?? a.Name, Count: decisions.Count(d => d.Agency == a.Id))).Where(x => x.Count > 0).ToList();
        var byCategory = ClosedSets.Categories.Values.Select(c => (Url: SiteUrls.DecisionsByCategory(c), views.Label(ClosedSets.Categories, c), Count: decisions.Count(d => d.Category == c))).Where(x => x.Count > 0).ToList();
        var byYear = Years().Select(y => (Url: SiteUrls.DecisionsByYear(y), y.ToString(CultureInfo.InvariantCulture), Count: decisions.Count(d => d.DecisionDate.Year == y))).ToList();
        return current =>
        [
            Group(pages.Text("filter.agency"), byAgency, current, decisions.Count),
            Group(pages.Text("filter.category"), byCategory, current, decisions.Count),
            Group(pages.Text("filter.year"), byYear, current, decisions.Count),
        ];
    }

    private FilterGroupView Group(string title, List<(string Url, string Label, int Count)> items, string current, int all) =>
        new(title, [new FilterLinkView(pages.Text("filter.all"), "decisions/", all, current == "decisions/"), .. items.Select(i => new FilterLinkView(i.Label, i.Url, i.Count, i.Url == current))]);

    private static PagerView Pager(string listBase, int page, int total, int items)
    {
        var first = Math.Max(1, page - 3);
        var last = Math.Min(total, page + 3);
        return new PagerView(
            page,
            total,
            page > 1 ? SiteUrls.ListPage(listBase, page - 1) : null,
            page < total ? SiteUrls.ListPage(listBase, page + 1) : null,
            [.. Enumerable.Range(first, last - first + 1).Select(n => new PagerLinkView(n, SiteUrls.ListPage(listBase, n), n == page))],
            items)
        {
            First = first > 1 ? new PagerLinkView(1, SiteUrls.ListPage(listBase, 1), false) : null,
            Last = last < total ? new PagerLinkView(total, SiteUrls.ListPage(listBase, total), false) : null,
        };
    }
}
