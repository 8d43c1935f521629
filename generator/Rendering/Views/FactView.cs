namespace Disclosure.Generator.Rendering.Views;

/// <summary>One label/value row of a facts list; the value may span lines.</summary>
internal sealed record FactView(string Label, string Value);
