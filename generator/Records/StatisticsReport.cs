namespace Disclosure.Generator.Records;

/// <summary>统计年报 (武汉 第九条; 盘山 4(5)): the figures the records cannot give; the rest is computed.</summary>
internal sealed record StatisticsReport : DisclosureRecord
{
    /// <summary>The year reported on.</summary>
    public required int Year { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>执法岗位数.</summary>
    public int? Posts { get; init; }

    /// <summary>Complaints and reports.</summary>
    public Complaints? Complaints { get; init; }

    /// <summary>Notes by the compiling office.</summary>
    public string? Notes { get; init; }
}
