namespace Disclosure.Generator.Indexing;

/// <summary>Everything <c>manifest.json</c> records about a built index.</summary>
/// <param name="Documents">Number of documents.</param>
/// <param name="AverageLength">Mean document length in term occurrences, for BM25.</param>
/// <param name="Plan">Shard counts.</param>
/// <param name="TermFiles">Term shard file per shard number; null for an empty shard.</param>
/// <param name="KeyFiles">Exact-key shard file per shard number; null for an empty shard.</param>
/// <param name="DocumentFiles">Document-store file per shard number.</param>
/// <param name="Facets">Facet values and counts.</param>
internal sealed record SearchManifestContent(
    int Documents,
    double AverageLength,
    SearchShardPlan Plan,
    IReadOnlyList<string?> TermFiles,
    IReadOnlyList<string?> KeyFiles,
    IReadOnlyList<string?> DocumentFiles,
    FacetTable Facets);
