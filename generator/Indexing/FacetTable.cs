using System.Globalization;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The distinct values of each facet, in ordinal order, with how many documents have each, and every
/// document's value as an index into that list (−1 when it has none).
/// </summary>
internal sealed class FacetTable
{
    private readonly int[][] _indexes;

    /// <summary>Collects the facet values of documents given in index order.</summary>
    public FacetTable(IReadOnlyList<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var facets = Enum.GetValues<SearchFacet>();
        var values = new List<FacetCount>[facets.Length];
        _indexes = new int[documents.Count][];
        for (var i = 0; i < documents.Count; i++)
        {
            _indexes[i] = new int[facets.Length];
        }

        foreach (var facet in facets)
        {
            var raw = documents.Select(d => Value(d, facet)).ToArray();
            var distinct = raw.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var position = distinct.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
            var counts = new int[distinct.Length];
            for (var i = 0; i < raw.Length; i++)
            {
                var index = raw[i].Length > 0 ? position[raw[i]] : -1;
                _indexes[i][(int)facet] = index;
                if (index >= 0)
                {
                    counts[index]++;
                }
            }

            values[(int)facet] = [.. distinct.Select((v, i) => new FacetCount(v, counts[i]))];
        }

        Values = values;
    }

    /// <summary>Per facet (indexed by <see cref="SearchFacet"/>), its values and document counts.</summary>
    public IReadOnlyList<IReadOnlyList<FacetCount>> Values { get; }

    /// <summary>A document's value index for each facet, in <see cref="SearchFacet"/> order.</summary>
    public IReadOnlyList<int> Indexes(int document) => _indexes[document];

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
}
