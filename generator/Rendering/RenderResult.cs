namespace Disclosure.Generator.Rendering;

/// <summary>What Rendering produced: the number of HTML pages it added to the output plan.</summary>
internal sealed record RenderResult(int Pages);
