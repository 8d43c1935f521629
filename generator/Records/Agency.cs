namespace Disclosure.Generator.Records;

/// <summary>执法主体: an enforcement agency and the basic facts 武汉 第七条 (一) requires.</summary>
internal sealed record Agency : DisclosureRecord
{
    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>Short name, for lists.</summary>
    public string? ShortName { get; init; }

    /// <summary>The government it belongs to.</summary>
    public string? ParentBody { get; init; }

    /// <summary>The agency's unified social credit code.</summary>
    public CreditCode? CreditCode { get; init; }

    /// <summary>职能.</summary>
    public required string Functions { get; init; }

    /// <summary>内设机构.</summary>
    public IReadOnlyList<string> InternalBodies { get; init; } = [];

    /// <summary>人员编制.</summary>
    public Staffing? Staffing { get; init; }

    /// <summary>职责分工.</summary>
    public string? Duties { get; init; }

    /// <summary>管辖范围.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>执法区域.</summary>
    public string? EnforcementRegion { get; init; }

    /// <summary>办公电话 (public, not personal data).</summary>
    public string? Phone { get; init; }

    /// <summary>监督电话.</summary>
    public string? SupervisionPhone { get; init; }

    /// <summary>Office address.</summary>
    public string? Address { get; init; }

    /// <summary>Office hours.</summary>
    public string? OfficeHours { get; init; }

    /// <summary>涉密机关: its officers are never listed (武汉 第七条 (三)).</summary>
    public bool Confidential { get; init; }

    /// <summary>Who approves its changes.</summary>
    public Reviewers? Reviewers { get; init; }
}
