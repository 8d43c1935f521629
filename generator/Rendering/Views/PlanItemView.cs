namespace Disclosure.Generator.Rendering.Views;

/// <summary>One line of an inspection plan.</summary>
internal sealed record PlanItemView(string Subject, string Method, string BaseCount, string Ratio, string Planned, string Frequency);
