namespace Disclosure.Generator.Records;

/// <summary>What every published record has: a stable id, the publishing agency, and its dates.</summary>
internal abstract record DisclosureRecord
{
    /// <summary>Stable id, unique within the record's kind.</summary>
    public required RecordId Id { get; init; }

    /// <summary>The agency that publishes it (谁执法、谁公开); an agency's own id for agencies.</summary>
    public required RecordId Agency { get; init; }

    /// <summary>公示日期: when it was first published.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>The <c>published</c> date the file states, if any (it may differ from <see cref="Published"/> for a new record).</summary>
    public DateOnly? PublishedClaimed { get; init; }

    /// <summary>When it last changed, if ever.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>公示截止: the last day of publication, if limited.</summary>
    public DateOnly? PublicationEnd { get; init; }

    /// <summary>Where the record was read from.</summary>
    public required SourceRef Source { get; init; }
}
