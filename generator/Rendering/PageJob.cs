using Disclosure.Generator.Rendering.Views;

namespace Disclosure.Generator.Rendering;

/// <summary>One page to render: its template, its page view, and the template's other variables.</summary>
internal sealed record PageJob(string Template, PageView Page, IReadOnlyDictionary<string, object?> Values);
