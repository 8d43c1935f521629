namespace Disclosure.Generator.Records;

/// <summary>行政检查结果, published monthly or quarterly (武汉 第十条第三款), including 双随机 results.</summary>
internal sealed record InspectionResult : DisclosureRecord
{
    /// <summary>The month or quarter covered.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Summary text.</summary>
    public string? Summary { get; init; }

    /// <summary>Planned inspections in the period.</summary>
    public int? Planned { get; init; }

    /// <summary>Inspections carried out.</summary>
    public int? Inspected { get; init; }

    /// <summary>Inspections passed.</summary>
    public int? Passed { get; init; }

    /// <summary>Individual results.</summary>
    public IReadOnlyList<InspectionResultItem> Items { get; init; } = [];
}
