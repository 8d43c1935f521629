namespace Disclosure.Generator.Rendering.Views;

/// <summary>A statistics report with its computed figures (武汉 第九条).</summary>
internal sealed record ReportView
{
    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>Year.</summary>
    public required string Year { get; init; }

    /// <summary>Compiling office.</summary>
    public required AgencyView Agency { get; init; }

    /// <summary>Headline figures (bodies, posts, officers, cases, per-capita …).</summary>
    public required IReadOnlyList<FactView> Figures { get; init; }

    /// <summary>Decisions per category.</summary>
    public required IReadOnlyList<FactView> ByCategory { get; init; }

    /// <summary>Decisions per agency.</summary>
    public required IReadOnlyList<FactView> ByAgency { get; init; }

    /// <summary>Chart of decisions per category.</summary>
    public required ChartView CategoryChart { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Published, formatted.</summary>
    public required string Published { get; init; }
}
