namespace Disclosure.Generator.Rendering.Views;

/// <summary>One power item.</summary>
internal sealed record PowerItemView(string Code, string Name, string Type, string Basis, string? Body);
