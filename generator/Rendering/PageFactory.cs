using Disclosure.Generator.Model;
using Disclosure.Generator.Rendering.Views;

namespace Disclosure.Generator.Rendering;

/// <summary>Creates page views and jobs with a consistent root prefix, column and breadcrumb trail.</summary>
internal sealed class PageFactory(Func<string, string> text, bool english)
{
    /// <summary>The site's strings.</summary>
    public Func<string, string> Text { get; } = text;

    /// <summary>A page job.</summary>
    public PageJob Job(string template, string url, string title, string column, Func<IReadOnlyDictionary<string, object?>>? values = null,
        IReadOnlyList<LinkView>? trail = null, DateOnly? published = null, DateOnly? updated = null, string? source = null, string? description = null)
    {
        var crumbs = new List<LinkView> { new(Text("nav.home"), string.Empty) };
        if (column != "home" && url != ColumnUrl(column))
        {
            crumbs.Add(new LinkView(Text("nav." + column), ColumnUrl(column)));
        }

        crumbs.AddRange(trail ?? []);
        var page = new PageView
        {
            Title = title,
            Root = SiteUrls.RootFrom(url),
            Url = url,
            Column = column,
            ColumnName = Text("nav." + column),
            Description = description,
            Published = ViewFormat.Date(published, english),
            PublishedIso = ViewFormat.Iso(published),
            // Every item page says when it last changed; a record never updated last changed when published.
            Updated = ViewFormat.Date(updated ?? published, english),
            UpdatedIso = ViewFormat.Iso(updated ?? published),
            Source = source,
            Breadcrumbs = url.Length == 0 ? [] : crumbs,
        };
        return new PageJob(template, page, values ?? (() => new Dictionary<string, object?>()));
    }

    /// <summary>The list page of a navigation column.</summary>
    public static string ColumnUrl(string column) => column == "home" ? string.Empty : column + "/";
}
