namespace Disclosure.Generator.Rendering;

/// <summary>A page the render wrote: its site-relative URL and, for a record's page, the ISO date it last changed.</summary>
internal sealed record RenderedPage(string Url, string? UpdatedIso);
