namespace Disclosure.Generator.Rendering.Views;

/// <summary>What the layout needs of one page: title, where it sits, and its publication dates.</summary>
internal sealed record PageView
{
    /// <summary>The h1 and the title element.</summary>
    public required string Title { get; init; }

    /// <summary>Relative prefix back to the site root ("", "../", "../../" …), so the site works under any path.</summary>
    public required string Root { get; init; }

    /// <summary>Site-relative URL of this page.</summary>
    public required string Url { get; init; }

    /// <summary>Navigation key of the section (home, agencies, decisions …).</summary>
    public required string Column { get; init; }

    /// <summary>The section's display name (ColumnName metadata).</summary>
    public required string ColumnName { get; init; }

    /// <summary>A one-line description for metadata.</summary>
    public string? Description { get; init; }

    /// <summary>公示日期, formatted.</summary>
    public string? Published { get; init; }

    /// <summary>公示日期, ISO.</summary>
    public string? PublishedIso { get; init; }

    /// <summary>更新日期, formatted.</summary>
    public string? Updated { get; init; }

    /// <summary>更新日期, ISO.</summary>
    public string? UpdatedIso { get; init; }

    /// <summary>The agency the content comes from (ContentSource metadata).</summary>
    public string? Source { get; init; }

    /// <summary>True for a record's own page (an article in the metadata's sense); false for column and list pages.</summary>
    public bool IsArticle { get; init; }

    /// <summary>栏目类型 (ColumnType metadata).</summary>
    public string ColumnType { get; init; } = string.Empty;

    /// <summary>栏目描述 (ColumnDescription metadata).</summary>
    public string ColumnDescription { get; init; } = string.Empty;

    /// <summary>栏目关键词 (ColumnKeywords metadata).</summary>
    public string ColumnKeywords { get; init; } = string.Empty;

    /// <summary>Keywords of this page (Keywords metadata), comma-separated.</summary>
    public string Keywords { get; init; } = string.Empty;

    /// <summary>Who is responsible for the page (Author metadata): the source agency, else the site's organiser.</summary>
    public string Author { get; init; } = string.Empty;

    /// <summary>The page's absolute address (Url metadata), when the site's base URL is real.</summary>
    public string? AbsoluteUrl { get; init; }

    /// <summary>Feeds that follow this page's content, shown as a visible link.</summary>
    public IReadOnlyList<LinkView> Feeds { get; init; } = [];

    /// <summary>Feeds announced in the head: the site feed and this page's own.</summary>
    public IReadOnlyList<LinkView> HeadFeeds { get; init; } = [];

    /// <summary>Trail from the home page to the parent of this page.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
}
