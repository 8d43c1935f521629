using System.Globalization;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Plans the site's Atom feeds from the published model: one for the whole site, one per agency, one for all
/// decisions and one per decision category, and one each for notices, inspections, guides and corrections.
/// Withheld records are not in the model, so they are in no feed; withdrawal notices are left out too. A feed
/// with no entries is not planned (it would have no date to call its own).
/// </summary>
internal sealed class FeedPlanner(SiteModel model, Func<string, string> text)
{
    /// <summary>Entries per feed: enough for a reader polling daily, small enough to fetch often.</summary>
    public const int EntryLimit = 50;

    private bool English => model.Config.Language == "en";

    /// <summary>The feeds, the site feed first, then in a fixed order.</summary>
    public IReadOnlyList<Feed> Plan()
    {
        var decisions = model.Decisions.Select(Decision).ToList();
        var notices = model.Notices.Select(Notice).ToList();
        var inspections = model.InspectionPlans.Select(p => Entry(p, SiteUrls.Plan(p.Id), p.Title, p.Title))
            .Concat(model.InspectionResults.Select(r => Entry(r, SiteUrls.Result(r.Id), r.Title, r.Summary ?? r.Title))).ToList();
        var guides = model.Guides.Select(g => Entry(g, SiteUrls.Guide(g.Id), g.Title, g.Title)).ToList();
        var corrections = model.Corrections.Select(Correction).ToList();
        var reports = model.Reports.Select(r => Entry(r.Report, SiteUrls.Report(r.Report.Year), r.Report.Title, r.Report.Title)).ToList();
        List<FeedEntry> all = [.. decisions, .. notices, .. inspections, .. guides, .. corrections, .. reports];

        var feeds = new List<Feed?> { Make("feeds/all.xml", model.Config.Title, string.Empty, all) };
        feeds.AddRange(model.Agencies.Select(a => Make($"feeds/agencies/{a.Id}.xml", Titled(a.Name), SiteUrls.Agency(a.Id), [.. all.Where(e => e.AgencyId == a.Id.ToString())])));
        feeds.Add(Make("feeds/decisions.xml", Titled(text("nav.decisions")), "decisions/", decisions));
        feeds.AddRange(ClosedSets.Categories.Values.Select(c => Make(
            $"feeds/decisions/{ClosedSets.Categories.Slug(c)}.xml",
            Titled(Label(ClosedSets.Categories, c)),
            SiteUrls.DecisionsByCategory(c),
            [.. model.Decisions.Where(d => d.Category == c).Select(Decision)])));
        feeds.Add(Make("feeds/notices.xml", Titled(text("nav.notices")), "notices/", notices));
        feeds.Add(Make("feeds/inspections.xml", Titled(text("nav.inspections")), "inspections/", inspections));
        feeds.Add(Make("feeds/guides.xml", Titled(text("nav.guides")), "guides/", guides));
        feeds.Add(Make("feeds/corrections.xml", Titled(text("nav.corrections")), "corrections/", corrections));
        return [.. feeds.OfType<Feed>()];
    }

    private string Titled(string part) => model.Config.Title + " · " + part;

    private static Feed? Make(string path, string title, string alternate, List<FeedEntry> entries) => entries.Count == 0 ? null
        : new Feed(path, title, alternate, [.. entries
            .OrderByDescending(e => e.Updated).ThenByDescending(e => e.Published).ThenBy(e => e.Url, StringComparer.Ordinal)
            .Take(EntryLimit)]);

    private FeedEntry Decision(Decision d)
    {
        // The page's own summary fields; the target is left out, so no individual's name, masked or not, is in a feed.
        var head = string.Join(" · ", d.DocumentNumber.Value, Label(ClosedSets.Categories, d.Category), model.AgencyOf(d.Agency).Name);
        return Entry(d, SiteUrls.Decision(d), d.Title, head + (English ? ". " : "。") + d.Summary);
    }

    private FeedEntry Notice(ProcessNotice n)
    {
        var kind = Label(ClosedSets.NoticeKinds, n.Kind);
        var when = n.EventDate is { } date ? " · " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return Entry(n, SiteUrls.Notice(n), n.Title, kind + when + (n.Matter is { } m ? " · " + m : string.Empty));
    }

    private FeedEntry Correction(Correction c)
    {
        var title = Label(ClosedSets.CorrectionKinds, c.Kind) + " · " + c.Received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Entry(c, "corrections/#" + c.Id, title, c.Summary + " · " + Label(ClosedSets.CorrectionOutcomes, c.Outcome));
    }

    private FeedEntry Entry(DisclosureRecord record, string url, string title, string summary) => new()
    {
        Url = url,
        Title = title,
        Published = record.Published,
        Updated = record.Updated is { } u && u > record.Published ? u : record.Published,
        Author = model.AgencyOf(record.Agency).Name,
        Summary = summary,
        AgencyId = record.Agency.ToString(),
    };

    private string Label<TEnum>(ClosedSet<TEnum> set, TEnum value)
        where TEnum : struct, Enum => English ? set.English(value) : set.Chinese(value);
}
