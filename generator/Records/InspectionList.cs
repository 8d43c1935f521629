namespace Disclosure.Generator.Records;

/// <summary>随机抽查事项清单 of one agency (“双随机、一公开”).</summary>
internal sealed record InspectionList : DisclosureRecord
{
    /// <summary>The items.</summary>
    public required IReadOnlyList<InspectionListItem> Items { get; init; }
}
