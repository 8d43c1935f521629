namespace Disclosure.Generator.Rendering.Views;

/// <summary>One bar of a build-time SVG bar chart: label, value, and geometry precomputed in C#.</summary>
internal sealed record ChartBarView(string Label, string Value, int Y, int Width, int TextY);
