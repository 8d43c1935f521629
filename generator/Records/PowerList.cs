namespace Disclosure.Generator.Records;

/// <summary>执法事项清单 (权责清单) of one agency.</summary>
internal sealed record PowerList : DisclosureRecord
{
    /// <summary>The items in the order the agency lists them.</summary>
    public required IReadOnlyList<PowerItem> Items { get; init; }
}
