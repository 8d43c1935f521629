namespace Disclosure.Generator.Rendering.Views;

/// <summary>Pagination of a list: current page, total, neighbours and a window of page links.</summary>
internal sealed record PagerView(int Current, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PagerLinkView> Pages, int ItemCount)
{
    /// <summary>True when there is more than one page.</summary>
    public bool HasPages => Total > 1;

    /// <summary>The first page, when it is not already in the window of page links.</summary>
    public PagerLinkView? First { get; init; }

    /// <summary>The last page, when it is not already in the window of page links (a long list can run to thousands of pages).</summary>
    public PagerLinkView? Last { get; init; }

    /// <summary>True when pages are skipped between the first page and the window.</summary>
    public bool GapBefore => First is not null && Pages.Count > 0 && Pages[0].Number > 2;

    /// <summary>True when pages are skipped between the window and the last page.</summary>
    public bool GapAfter => Last is not null && Pages.Count > 0 && Pages[^1].Number < Last.Number - 1;
}
