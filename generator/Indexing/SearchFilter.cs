namespace Disclosure.Generator.Indexing;

/// <summary>Keeps only results whose facet has this value. Filters on different facets all apply; several values of one facet are alternatives.</summary>
/// <param name="Facet">The facet.</param>
/// <param name="Value">The value, as listed in the manifest.</param>
internal sealed record SearchFilter(SearchFacet Facet, string Value);
