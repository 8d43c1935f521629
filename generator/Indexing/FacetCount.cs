namespace Disclosure.Generator.Indexing;

/// <summary>A facet value and how many documents have it.</summary>
/// <param name="Value">The value as shown, such as an agency name or a year.</param>
/// <param name="Count">Number of documents.</param>
internal sealed record FacetCount(string Value, int Count);
