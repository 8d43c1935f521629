using System.Globalization;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Model;

/// <summary>
/// The site's URL scheme, site-relative and ending in '/' (each page is a folder with index.html).
/// Decision pages sit under year and month so that no folder grows without bound.
/// </summary>
internal static class SiteUrls
{
    /// <summary>Agency page.</summary>
    public static string Agency(RecordId id) => $"agencies/{id}/";

    /// <summary>Officer page, keyed by certificate number; auxiliary staff by id.</summary>
    public static string Officer(Officer officer) => officer.Certificate is { } c
        ? $"officers/{c.Number.Value.ToLowerInvariant()}/"
        : $"officers/auxiliary/{officer.Id}/";

    /// <summary>One agency's power list.</summary>
    public static string Powers(RecordId agency) => $"powers/{agency}/";

    /// <summary>Procedure page.</summary>
    public static string Procedure(RecordId id) => $"procedures/{id}/";

    /// <summary>Service guide page.</summary>
    public static string Guide(RecordId id) => $"guides/{id}/";

    /// <summary>Process notice page.</summary>
    public static string Notice(ProcessNotice notice) => string.Create(CultureInfo.InvariantCulture, $"notices/{notice.Published.Year:D4}/{notice.Id}/");

    /// <summary>Decision page (also where a withdrawal notice stands).</summary>
    public static string Decision(Decision decision) =>
        string.Create(CultureInfo.InvariantCulture, $"decisions/{decision.DecisionDate.Year:D4}/{decision.DecisionDate.Month:D2}/{decision.Id}/");

    /// <summary>Pages of a paginated list per folder: "page/0/" holds pages 2–999, "page/1/" pages 1000–1999, and so on.</summary>
    public const int PagesPerFolder = 1000;

    /// <summary>
    /// Decisions list, page n (1-based) of a filter base such as "decisions/" or "decisions/agency/market/".
    /// Later pages are grouped by thousands ("decisions/page/0/2/", "decisions/page/1/1000/") so that no
    /// folder holds more than <see cref="PagesPerFolder"/> pages however long the list grows.
    /// </summary>
    public static string ListPage(string listBase, int page) =>
        page <= 1 ? listBase : string.Create(CultureInfo.InvariantCulture, $"{listBase}page/{page / PagesPerFolder}/{page}/");

    /// <summary>Decisions of one agency.</summary>
    public static string DecisionsByAgency(RecordId agency) => $"decisions/agency/{agency}/";

    /// <summary>Decisions of one category.</summary>
    public static string DecisionsByCategory(DecisionCategory category) => $"decisions/category/{ClosedSets.Categories.Slug(category)}/";

    /// <summary>Decisions of one year.</summary>
    public static string DecisionsByYear(int year) => string.Create(CultureInfo.InvariantCulture, $"decisions/year/{year:D4}/");

    /// <summary>Inspection plan page.</summary>
    public static string Plan(RecordId id) => $"inspections/plans/{id}/";

    /// <summary>Inspection result page.</summary>
    public static string Result(RecordId id) => $"inspections/results/{id}/";

    /// <summary>Statistics report page.</summary>
    public static string Report(int year) => string.Create(CultureInfo.InvariantCulture, $"reports/{year:D4}/");

    /// <summary>Attachment file.</summary>
    public static string Attachment(string file) => $"attachments/{file}";

    /// <summary>The folder of the search index (see generator/Indexing/INDEX-FORMAT.md).</summary>
    public const string SearchIndex = "search/index/";

    /// <summary>The relative prefix from a page back to the root ("../../" for "a/b/").</summary>
    public static string RootFrom(string url) => string.Concat(Enumerable.Repeat("../", url.Count(c => c == '/')));

    /// <summary>The output file of a page URL.</summary>
    public static string FileOf(string url) => url.Length == 0 ? "index.html" : url + "index.html";
}
