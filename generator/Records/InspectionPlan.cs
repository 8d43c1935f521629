namespace Disclosure.Generator.Records;

/// <summary>年度检查计划, published in the first quarter (武汉 第十条).</summary>
internal sealed record InspectionPlan : DisclosureRecord
{
    /// <summary>The plan's year.</summary>
    public required int Year { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>The planned inspections.</summary>
    public required IReadOnlyList<InspectionPlanItem> Items { get; init; }
}
