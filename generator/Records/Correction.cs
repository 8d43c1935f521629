namespace Disclosure.Generator.Records;

/// <summary>更正: an entry of the public corrections log (武汉 第十五条).</summary>
internal sealed record Correction : DisclosureRecord
{
    /// <summary>A correction or a request to correct.</summary>
    public required CorrectionKind Kind { get; init; }

    /// <summary>When it was received or initiated.</summary>
    public required DateOnly Received { get; init; }

    /// <summary>The decision concerned, if any.</summary>
    public RecordId? Record { get; init; }

    /// <summary>申请人类型.</summary>
    public string? Requester { get; init; }

    /// <summary>What was asked or corrected.</summary>
    public required string Summary { get; init; }

    /// <summary>The outcome.</summary>
    public required CorrectionOutcome Outcome { get; init; }

    /// <summary>The reason given, especially for a refusal.</summary>
    public string? Reason { get; init; }

    /// <summary>When the correction was made.</summary>
    public DateOnly? CorrectedOn { get; init; }
}
