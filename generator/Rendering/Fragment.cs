namespace Disclosure.Generator.Rendering;

/// <summary>
/// A part of a page that many pages share, such as a list's filter sidebar: a template (a theme partial) and
/// its variables, rendered once per <paramref name="Key"/> and reused, then passed to the page's template
/// as ready HTML. The key must decide the output: it includes everything the variables differ by, and the
/// page's root prefix, which the renderer adds.
/// </summary>
/// <param name="Template">The partial template, e.g. <c>partials/decision-filters.liquid</c>.</param>
/// <param name="Key">What makes two fragments the same, apart from the root prefix.</param>
/// <param name="Values">The partial's variables (site, root and t are added).</param>
internal sealed record Fragment(string Template, string Key, IReadOnlyDictionary<string, object?> Values);
