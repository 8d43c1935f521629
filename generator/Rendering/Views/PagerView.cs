namespace Disclosure.Generator.Rendering.Views;

/// <summary>Pagination of a list: current page, total, neighbours and a window of page links.</summary>
internal sealed record PagerView(int Current, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PagerLinkView> Pages, int ItemCount)
{
    /// <summary>True when there is more than one page.</summary>
    public bool HasPages => Total > 1;
}
