namespace Disclosure.Generator.Import;

/// <summary>A converted row: the decision fields to write, already masked and in their record form.</summary>
internal sealed record ImportedDecision
{
    /// <summary>The spreadsheet row (or JSON record number) it came from.</summary>
    public required int Row { get; init; }

    /// <summary>Where the row starts in the export.</summary>
    public required Diagnostics.SourceLocation Location { get; init; }

    /// <summary>执法类别, in Chinese.</summary>
    public required string Category { get; init; }

    /// <summary>决定书文号.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>决定日期.</summary>
    public required DateOnly DecisionDate { get; init; }

    /// <summary>Short public title.</summary>
    public required string Title { get; init; }

    /// <summary>行政相对人类别, in Chinese.</summary>
    public required string TargetType { get; init; }

    /// <summary>The name as published: masked (张某) for a natural person.</summary>
    public required string TargetName { get; init; }

    /// <summary>统一社会信用代码 (never for a natural person).</summary>
    public string? CreditCode { get; init; }

    /// <summary>执法决定.</summary>
    public required string Summary { get; init; }

    /// <summary>违法事实.</summary>
    public string? Facts { get; init; }

    /// <summary>依据.</summary>
    public required string LegalBasis { get; init; }

    /// <summary>处罚种类.</summary>
    public IReadOnlyList<string> PenaltyTypes { get; init; } = [];

    /// <summary>罚款, yuan.</summary>
    public decimal? Fine { get; init; }

    /// <summary>没收金额, yuan.</summary>
    public decimal? Confiscation { get; init; }

    /// <summary>逾期原因.</summary>
    public string? LateReason { get; init; }

    /// <summary>法律、行政法规另有规定.</summary>
    public string? LegalException { get; init; }

    /// <summary>公示截止.</summary>
    public DateOnly? PublicationEnd { get; init; }
}
