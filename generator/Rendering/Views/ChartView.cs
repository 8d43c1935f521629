namespace Disclosure.Generator.Rendering.Views;

/// <summary>A horizontal bar chart drawn as SVG at build time; the same figures are in a table beside it.</summary>
internal sealed record ChartView(string Title, int Height, IReadOnlyList<ChartBarView> Bars);
