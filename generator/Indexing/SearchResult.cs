namespace Disclosure.Generator.Indexing;

/// <summary>What a query found.</summary>
/// <param name="Total">Number of matching documents after filters.</param>
/// <param name="Hits">The requested page of them, best first.</param>
/// <param name="Facets">Per facet (indexed by <see cref="SearchFacet"/>), counts over the filtered matches, in manifest order, values with no match left out.</param>
/// <param name="Reads">What was read to answer, the manifest excluded, in order.</param>
internal sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<IReadOnlyList<FacetCount>> Facets, IReadOnlyList<IndexRead> Reads);
