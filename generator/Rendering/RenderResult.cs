namespace Disclosure.Generator.Rendering;

/// <summary>
/// What Rendering produced: the number of HTML pages it added to the output plan, the pages themselves, and the rendered HTML of
/// the pages the caller asked to keep (by page URL), for the search index to read.
/// </summary>
internal sealed record RenderResult(int Pages, IReadOnlyDictionary<string, string> Kept)
{
    /// <summary>Every page written except the 404 page, in no particular order (the sitemap sorts them).</summary>
    public IReadOnlyList<RenderedPage> Written { get; init; } = [];
}
