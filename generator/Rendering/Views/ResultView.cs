namespace Disclosure.Generator.Rendering.Views;

/// <summary>Inspection results for a month or quarter.</summary>
internal sealed record ResultView
{
    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>Period label (2025年第1季度).</summary>
    public required string Period { get; init; }

    /// <summary>Agency.</summary>
    public required AgencyView Agency { get; init; }

    /// <summary>Summary.</summary>
    public string? Summary { get; init; }

    /// <summary>Planned.</summary>
    public string? Planned { get; init; }

    /// <summary>Inspected.</summary>
    public string? Inspected { get; init; }

    /// <summary>Passed.</summary>
    public string? Passed { get; init; }

    /// <summary>Pass rate.</summary>
    public string? PassRate { get; init; }

    /// <summary>Items.</summary>
    public IReadOnlyList<ResultItemView> Items { get; init; } = [];

    /// <summary>Published, formatted.</summary>
    public required string Published { get; init; }
}
