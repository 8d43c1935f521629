using System.Globalization;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The distinct values of each facet, sorted ordinally, and the documents in index order: by facet tuple
/// (kind, agency, category, year, status, each its value index + 1, 0 for none), then by id. Numbering
/// documents this way makes every facet value cover a few runs of consecutive numbers.
/// </summary>
internal sealed class FacetTable
{
    private static readonly SearchFacet[] Facets = Enum.GetValues<SearchFacet>();
    private readonly int[] _tuples;

    /// <summary>Orders <paramref name="documents"/>; ids must be unique.</summary>
    public FacetTable(IReadOnlyList<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tuples = new int[documents.Count * Facets.Length];
        var values = new IReadOnlyList<string>[Facets.Length];
        foreach (var facet in Facets)
        {
            var raw = new string[documents.Count];
            for (var i = 0; i < raw.Length; i++)
            {
                raw[i] = Value(documents[i], facet);
            }

            var distinct = raw.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
            for (var v = 0; v < distinct.Length; v++)
            {
                numbers[distinct[v]] = v + 1;
            }

            for (var i = 0; i < raw.Length; i++)
            {
                tuples[(i * Facets.Length) + (int)facet] = numbers[raw[i]];
            }

            values[(int)facet] = distinct;
        }

        var order = Enumerable.Range(0, documents.Count).ToArray();
        Array.Sort(order, (a, b) => Compare(tuples, documents, a, b));
        for (var i = 1; i < order.Length; i++)
        {
            if (string.Equals(documents[order[i]].Id, documents[order[i - 1]].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"duplicate search document id {documents[order[i]].Id}", nameof(documents));
            }
        }

        Documents = [.. order.Select(i => documents[i])];
        _tuples = new int[tuples.Length];
        for (var n = 0; n < order.Length; n++)
        {
            tuples.AsSpan(order[n] * Facets.Length, Facets.Length).CopyTo(_tuples.AsSpan(n * Facets.Length));
        }

        Values = values;
    }

    /// <summary>The documents in index order: document n is <c>Documents[n]</c>.</summary>
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Per facet (indexed by <see cref="SearchFacet"/>), its values in ordinal order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Values { get; }

    /// <summary>Document n's facet tuple: per facet, its value index + 1, 0 for none.</summary>
    public ReadOnlySpan<int> Tuple(int document) => _tuples.AsSpan(document * Facets.Length, Facets.Length);

    /// <summary>The text of a document's facet value; empty when it has none.</summary>
    public static string Value(SearchDocument document, SearchFacet facet)
    {
        ArgumentNullException.ThrowIfNull(document);
        return facet switch
        {
            SearchFacet.Kind => document.Kind,
            SearchFacet.Agency => document.Agency,
            SearchFacet.Category => document.Category,
            SearchFacet.Year => document.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
            SearchFacet.Status => document.Status,
            _ => throw new ArgumentOutOfRangeException(nameof(facet)),
        };
    }

    private static int Compare(int[] tuples, IReadOnlyList<SearchDocument> documents, int a, int b)
    {
        var order = tuples.AsSpan(a * Facets.Length, Facets.Length).SequenceCompareTo(tuples.AsSpan(b * Facets.Length, Facets.Length));
        return order != 0 ? order : string.CompareOrdinal(documents[a].Id, documents[b].Id);
    }
}
