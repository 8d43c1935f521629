namespace Disclosure.Generator.Exports;

/// <summary>
/// One published record as a feed shows it: only fields its own page shows (names of natural persons never,
/// not even masked), and the dates the record carries, never the build's.
/// </summary>
internal sealed record FeedEntry
{
    /// <summary>Site-relative URL of the record's page (with a fragment for a corrections-log entry).</summary>
    public required string Url { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>公示日期.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>The last change, or the publication date for a record never changed.</summary>
    public required DateOnly Updated { get; init; }

    /// <summary>The publishing agency's name.</summary>
    public required string Author { get; init; }

    /// <summary>One plain-text paragraph.</summary>
    public required string Summary { get; init; }

    /// <summary>The publishing agency's id, for per-agency feeds.</summary>
    public required string AgencyId { get; init; }
}
