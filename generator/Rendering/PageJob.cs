using Disclosure.Generator.Rendering.Views;

namespace Disclosure.Generator.Rendering;

/// <summary>
/// One page to render: its template, its page view, and a function that builds the template's other
/// variables. The function runs inside the parallel render, so views and Markdown are built on every core.
/// </summary>
internal sealed record PageJob(string Template, PageView Page, Func<IReadOnlyDictionary<string, object?>> Values);
