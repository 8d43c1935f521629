namespace Disclosure.Generator.Rendering.Views;

/// <summary>The result of one inspected organisation.</summary>
internal sealed record ResultItemView(string Object, string Date, string DateIso, string Outcome, bool Passed, string? Note);
