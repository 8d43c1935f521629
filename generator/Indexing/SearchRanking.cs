namespace Disclosure.Generator.Indexing;

/// <summary>
/// The ranking constants, written into the manifest so the JavaScript client scores exactly as
/// <see cref="SearchQuery"/> does (see INDEX-FORMAT.md).
/// </summary>
internal static class SearchRanking
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>A title occurrence counts as this many body occurrences.</summary>
    public const int TitleWeight = 3;

    /// <summary>
    /// Bonus per pair of neighbouring query terms found at the same distance in the document, as a multiple
    /// of the mean IDF of the pair.
    /// </summary>
    public const double PhraseWeight = 1.5;

    /// <summary>Score added to a document matched by an exact key, which ranks it above any term match.</summary>
    public const double ExactBoost = 1000;

    /// <summary>
    /// Body positions start this far after the last title position, so no phrase spans title and body.
    /// </summary>
    public const int TitleGap = 100;

    /// <summary>Holders of a term listed with their impact and positions; the others share the tail impact.</summary>
    public const int MaxChampions = 256;

    /// <summary>Positions kept per champion for the phrase bonus (the first ones).</summary>
    public const int MaxPositions = 4;

    /// <summary>Characters of body text kept per document for result snippets.</summary>
    public const int SnippetLength = 300;

    /// <summary>
    /// Bytes of a document record's slot: a client reads document n's record at n × RecordBytes in its part,
    /// with no offsets to look up first. Records average 570 bytes with 300-character snippets; in 512 the
    /// snippet keeps about 95 Chinese characters, two or three lines of a result list.
    /// </summary>
    public const int RecordBytes = 512;

    /// <summary>Hits per result page.</summary>
    public const int PageSize = 10;
}
