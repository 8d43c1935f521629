namespace Disclosure.Generator.Records;

/// <summary>执法决定 (事后公开): the summary fields of 武汉 第十一条 and, optionally, the redacted full text.</summary>
internal sealed record Decision : DisclosureRecord
{
    /// <summary>执法类别.</summary>
    public required DecisionCategory Category { get; init; }

    /// <summary>决定书文号.</summary>
    public required DocumentNumber DocumentNumber { get; init; }

    /// <summary>决定日期.</summary>
    public required DateOnly DecisionDate { get; init; }

    /// <summary>A short public title.</summary>
    public required string Title { get; init; }

    /// <summary>执法对象.</summary>
    public required DecisionTarget Target { get; init; }

    /// <summary>执法决定 in brief.</summary>
    public required string Summary { get; init; }

    /// <summary>违法事实 or 事由.</summary>
    public string? Facts { get; init; }

    /// <summary>依据.</summary>
    public required string LegalBasis { get; init; }

    /// <summary>Penalty types and amounts.</summary>
    public Penalty? Penalty { get; init; }

    /// <summary>Ids of the officers who handled it.</summary>
    public IReadOnlyList<RecordId> Officers { get; init; } = [];

    /// <summary>重大执法决定.</summary>
    public bool Major { get; init; }

    /// <summary>Why it was published after the deadline.</summary>
    public string? LateReason { get; init; }

    /// <summary>The law that sets another deadline (法律、行政法规另有规定).</summary>
    public string? LegalException { get; init; }

    /// <summary>Set when the decision has been taken down.</summary>
    public Withdrawal? Withdrawal { get; init; }

    /// <summary>Set when the decision must never be published.</summary>
    public Exclusion? Exclusion { get; init; }

    /// <summary>The redacted full text (Markdown), if published in full.</summary>
    public string? Body { get; init; }
}
