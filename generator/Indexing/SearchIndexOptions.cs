namespace Disclosure.Generator.Indexing;

/// <summary>The sizes the index is cut into; tests use small ones to reach part boundaries with a few documents.</summary>
/// <param name="DocsPerPart">Documents per document part file.</param>
/// <param name="MaxPartBytes">Largest postings part, in bytes, unless one block alone is larger.</param>
/// <param name="MaxChampions">Holders listed with impact and positions per posting block.</param>
internal sealed record SearchIndexOptions(int DocsPerPart, int MaxPartBytes, int MaxChampions)
{
    /// <summary>The sizes INDEX-FORMAT.md names: 20,000 documents, 32 MB, 256 champions.</summary>
    public static SearchIndexOptions Default { get; } = new(20_000, 32 * 1024 * 1024, SearchRanking.MaxChampions);
}
