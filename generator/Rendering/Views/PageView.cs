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

    /// <summary>Trail from the home page to the parent of this page.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
}
