namespace Disclosure.Generator.Rendering;

/// <summary>
/// What Rendering produced: the number of HTML pages it added to the output plan, and the rendered HTML of
/// the pages the caller asked to keep (by page URL), for the search index to read.
/// </summary>
internal sealed record RenderResult(int Pages, IReadOnlyDictionary<string, string> Kept);
