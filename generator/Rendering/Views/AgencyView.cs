namespace Disclosure.Generator.Rendering.Views;

/// <summary>An agency as a page or list row shows it.</summary>
internal sealed record AgencyView
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>Short name.</summary>
    public required string ShortName { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>Parent government.</summary>
    public string? ParentBody { get; init; }

    /// <summary>Credit code.</summary>
    public string? CreditCode { get; init; }

    /// <summary>职能 as HTML paragraphs.</summary>
    public string? FunctionsHtml { get; init; }

    /// <summary>内设机构.</summary>
    public IReadOnlyList<string> InternalBodies { get; init; } = [];

    /// <summary>编制数.</summary>
    public string? StaffingAuthorized { get; init; }

    /// <summary>在岗人数.</summary>
    public string? StaffingInPost { get; init; }

    /// <summary>编制说明.</summary>
    public string? StaffingNote { get; init; }

    /// <summary>职责分工 as HTML.</summary>
    public string? DutiesHtml { get; init; }

    /// <summary>管辖范围.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>执法区域.</summary>
    public string? Region { get; init; }

    /// <summary>办公电话.</summary>
    public string? Phone { get; init; }

    /// <summary>监督电话.</summary>
    public string? SupervisionPhone { get; init; }

    /// <summary>Address.</summary>
    public string? Address { get; init; }

    /// <summary>Office hours.</summary>
    public string? OfficeHours { get; init; }

    /// <summary>涉密机关.</summary>
    public bool Confidential { get; init; }

    /// <summary>Listed officers with valid certificates.</summary>
    public int OfficerCount { get; init; }

    /// <summary>Published decisions.</summary>
    public int DecisionCount { get; init; }

    /// <summary>Decisions list of this agency.</summary>
    public required string DecisionsUrl { get; init; }
}
