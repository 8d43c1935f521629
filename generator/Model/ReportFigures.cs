namespace Disclosure.Generator.Model;

/// <summary>
/// The 统计年报 figures of 武汉 第九条 for one year, computed from the records where they can be, and taken
/// from the report record (posts, complaints) where they cannot.
/// </summary>
internal sealed record ReportFigures
{
    /// <summary>The year reported on.</summary>
    public required int Year { get; init; }

    /// <summary>(一) number of enforcement bodies.</summary>
    public required int Bodies { get; init; }

    /// <summary>(二) enforcement posts (from the report record).</summary>
    public int? Posts { get; init; }

    /// <summary>(二) officers holding a valid certificate on 31 December.</summary>
    public required int OfficersInPost { get; init; }

    /// <summary>(三) decisions made in the year, per category, in category order.</summary>
    public required IReadOnlyList<(Records.DecisionCategory Category, int Count)> DecisionsByCategory { get; init; }

    /// <summary>(三) decisions per agency, in agency order.</summary>
    public required IReadOnlyList<(string AgencyId, int Count)> DecisionsByAgency { get; init; }

    /// <summary>All decisions made in the year.</summary>
    public int TotalDecisions => DecisionsByCategory.Sum(c => c.Count);

    /// <summary>(四) planned inspections in the year's plans.</summary>
    public required int PlannedInspections { get; init; }

    /// <summary>(四) inspections carried out, from the results.</summary>
    public required int Inspections { get; init; }

    /// <summary>(四) inspections passed.</summary>
    public required int InspectionsPassed { get; init; }

    /// <summary>(五) complaints received, resolved, substantiated (from the report record).</summary>
    public Records.Complaints? Complaints { get; init; }

    /// <summary>Decisions published late, with a recorded reason.</summary>
    public required int PublishedLate { get; init; }
}
