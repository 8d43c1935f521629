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
        var columnDescription = Text("column.desc." + column);
        var columnKeywords = Text("column.keywords." + column);
        var article = published is not null;
        var page = new PageView
        {
            Title = title,
            Root = SiteUrls.RootFrom(url),
            Url = url,
            Column = column,
            ColumnName = Text("nav." + column),
            Description = description ?? (!article ? columnDescription : source is null || source == title ? title : source + Text("common.colon") + title),
            IsArticle = article,
            ColumnType = Text("column.type." + ColumnType(column)),
            ColumnDescription = columnDescription,
            ColumnKeywords = columnKeywords,
            // An article's keywords are where it sits (column, category …) and who published it.
            Keywords = !article ? columnKeywords
                : string.Join(",", new[] { Text("nav." + column) }.Concat((trail ?? []).Select(l => l.Title)).Append(source).OfType<string>().Distinct(StringComparer.Ordinal)),
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

    /// <summary>The 栏目类型 of a column: disclosure (信息公开), service (办事服务) or the site's own pages.</summary>
    private static string ColumnType(string column) => column switch
    {
        "procedures" or "guides" => "service",
        "home" or "about" or "accessibility" or "search" => "site",
        _ => "disclosure",
    };

    /// <summary>The list page of a navigation column.</summary>
    public static string ColumnUrl(string column) => column == "home" ? string.Empty : column + "/";
}
