namespace Disclosure.Generator.Rendering.Views;

/// <summary>An entry of the corrections log.</summary>
internal sealed record CorrectionView
{
    /// <summary>Id (anchor).</summary>
    public required string Id { get; init; }

    /// <summary>更正 or 更正申请.</summary>
    public required string Kind { get; init; }

    /// <summary>Received, formatted.</summary>
    public required string Received { get; init; }

    /// <summary>Received, ISO.</summary>
    public required string ReceivedIso { get; init; }

    /// <summary>Agency.</summary>
    public required AgencyView Agency { get; init; }

    /// <summary>The decision concerned, when it is still published.</summary>
    public LinkView? Record { get; init; }

    /// <summary>申请人类型.</summary>
    public string? Requester { get; init; }

    /// <summary>Summary.</summary>
    public required string Summary { get; init; }

    /// <summary>Outcome label.</summary>
    public required string Outcome { get; init; }

    /// <summary>Reason.</summary>
    public string? Reason { get; init; }

    /// <summary>Corrected on, formatted.</summary>
    public string? CorrectedOn { get; init; }
}
