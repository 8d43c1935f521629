namespace Disclosure.Generator.Indexing;

/// <summary>What a query found.</summary>
/// <param name="Total">Number of matching documents after filters.</param>
/// <param name="Hits">The best <c>limit</c> of them, best first.</param>
/// <param name="Facets">Per facet (indexed by <see cref="SearchFacet"/>), counts over the matching documents, in manifest order, values with no match left out.</param>
/// <param name="FilesLoaded">Index files read to answer, the manifest excluded.</param>
internal sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<IReadOnlyList<FacetCount>> Facets, int FilesLoaded);
