namespace Disclosure.Generator.Rendering.Views;

/// <summary>A published decision: the summary fields of 武汉 第十一条, individuals already masked.</summary>
internal sealed record DecisionView
{
    /// <summary>Public title.</summary>
    public required string Title { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>执法类别 label.</summary>
    public required string Category { get; init; }

    /// <summary>List of this category.</summary>
    public required string CategoryUrl { get; init; }

    /// <summary>决定书文号.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>决定日期, formatted.</summary>
    public required string DecisionDate { get; init; }

    /// <summary>决定日期, ISO.</summary>
    public required string DecisionDateIso { get; init; }

    /// <summary>Agency.</summary>
    public required AgencyView Agency { get; init; }

    /// <summary>相对人类别 label.</summary>
    public required string TargetType { get; init; }

    /// <summary>执法对象: organisation name, or an individual's masked name.</summary>
    public required string TargetName { get; init; }

    /// <summary>统一社会信用代码 (organisations only).</summary>
    public string? CreditCode { get; init; }

    /// <summary>执法决定.</summary>
    public required string Summary { get; init; }

    /// <summary>违法事实.</summary>
    public string? Facts { get; init; }

    /// <summary>依据.</summary>
    public required string LegalBasis { get; init; }

    /// <summary>处罚种类.</summary>
    public string? PenaltyTypes { get; init; }

    /// <summary>罚款金额.</summary>
    public string? Fine { get; init; }

    /// <summary>没收金额.</summary>
    public string? Confiscation { get; init; }

    /// <summary>Handling officers (name and certificate).</summary>
    public IReadOnlyList<LinkView> Officers { get; init; } = [];

    /// <summary>重大执法决定.</summary>
    public bool Major { get; init; }

    /// <summary>Published late, and why.</summary>
    public string? LateReason { get; init; }

    /// <summary>法律另有规定.</summary>
    public string? LegalException { get; init; }

    /// <summary>公示截止, formatted.</summary>
    public string? PublicationEnd { get; init; }

    /// <summary>The redacted full text.</summary>
    public string? BodyHtml { get; init; }
}
