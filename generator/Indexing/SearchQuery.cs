using System.Buffers.Binary;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The reference query over a built index (INDEX-FORMAT.md, Query), which the JavaScript client must match: it
/// loads files through a callback (path relative to the index folder → the whole file) and reads only what the
/// client would: the dictionary shards of the query's terms and keys, the byte ranges of their posting blocks,
/// the facet runs, and the offsets and records of the hits on the requested page. Each result lists those reads.
/// </summary>
internal sealed class SearchQuery
{
    private readonly Func<string, byte[]> _load;

    /// <summary>Reads the manifest through <paramref name="load"/>.</summary>
    public SearchQuery(Func<string, byte[]> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
        Manifest = SearchManifest.Parse(load("manifest.json"));
    }

    /// <summary>The index's manifest.</summary>
    public SearchManifest Manifest { get; }

    /// <summary>Runs a query and returns page <paramref name="page"/> (from 1) of the hits, the total and the facet counts.</summary>
    public SearchResult Run(string query, IReadOnlyList<SearchFilter>? filters = null, int page = 1, int pageSize = SearchRanking.PageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var reader = new IndexReader(_load);
        var terms = SearchTokenizer.QueryTerms(query);
        var distinct = terms.Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        var keys = ExactKeys.QueryKeys(query);
        var entries = Lookup([.. distinct, .. keys], reader);
        // A term missing from the dictionary matches nothing, so its siblings' postings are not needed.
        var blocks = distinct.All(entries.ContainsKey)
            ? distinct.ToDictionary(t => t, t => Block(entries[t], reader), StringComparer.Ordinal)
            : null;
        var keyBlocks = keys.Where(entries.ContainsKey).Select(k => Block(entries[k], reader)).ToList();
        var scores = new SearchScorer(Manifest, terms, blocks, keyBlocks).Scores();
        if (scores.Count == 0)
        {
            return new SearchResult(0, [], [.. Enum.GetValues<SearchFacet>().Select(_ => (IReadOnlyList<FacetCount>)[])], reader.Reads);
        }

        var runs = FacetRuns.Read(reader.Whole(Manifest.FacetFile));
        var active = filters ?? [];
        var matches = scores.Keys.Where(d => Passes(runs, d, active)).ToList();
        var hits = matches
            .OrderByDescending(d => scores[d])
            .ThenBy(d => d)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(d => Hit(Record(d, reader), scores[d]))
            .ToList();
        return new SearchResult(matches.Count, hits, FacetCounts(runs, matches), reader.Reads);
    }

    private Dictionary<string, PostingLocation> Lookup(IReadOnlyList<string> terms, IndexReader reader)
    {
        var found = new Dictionary<string, PostingLocation>(StringComparer.Ordinal);
        foreach (var shard in terms.GroupBy(t => SearchHash.Shard(t, Manifest.TermFiles.Count)))
        {
            if (Manifest.TermFiles[shard.Key] is not { } file)
            {
                continue;
            }

            var entries = DictionaryShard.Read(reader.Whole(file)).ToDictionary(e => e.Term, e => e.Location, StringComparer.Ordinal);
            foreach (var term in shard)
            {
                if (entries.TryGetValue(term, out var location))
                {
                    found[term] = location;
                }
            }
        }

        return found;
    }

    private PostingBlock Block(PostingLocation location, IndexReader reader) =>
        PostingBlock.Read(reader.Range(Manifest.PostingFiles[location.Part], location.Offset, location.Length));

    private DocumentRecord Record(int document, IndexReader reader)
    {
        var part = document / Manifest.DocsPerPart;
        var entry = document + part;
        var offsets = reader.Range(Manifest.OffsetsFile, 4L * entry, 8);
        var start = BinaryPrimitives.ReadUInt32LittleEndian(offsets);
        var end = BinaryPrimitives.ReadUInt32LittleEndian(offsets.AsSpan(4));
        return DocumentRecord.Read(reader.Range(Manifest.DocumentFiles[part], start, checked((int)(end - start))));
    }

    private static SearchHit Hit(DocumentRecord record, double score) => new(record.Id, record.Url, record.Title, record.Snippet, score);

    // Values of one facet are alternatives; different facets must all hold.
    private bool Passes(FacetRuns runs, int document, IReadOnlyList<SearchFilter> filters) =>
        filters.GroupBy(f => f.Facet).All(g => g.Any(f => string.Equals(ValueOf(runs, document, g.Key), f.Value, StringComparison.Ordinal)));

    private string? ValueOf(FacetRuns runs, int document, SearchFacet facet)
    {
        var value = runs.Value(document, facet);
        return value == 0 ? null : Manifest.FacetValues[(int)facet][value - 1];
    }

    private List<IReadOnlyList<FacetCount>> FacetCounts(FacetRuns runs, List<int> matches)
    {
        var result = new List<IReadOnlyList<FacetCount>>();
        foreach (var facet in Enum.GetValues<SearchFacet>())
        {
            var values = Manifest.FacetValues[(int)facet];
            var counts = new int[values.Count + 1];
            foreach (var match in matches)
            {
                counts[runs.Value(match, facet)]++;
            }

            result.Add([.. values.Select((v, i) => new FacetCount(v, counts[i + 1])).Where(c => c.Count > 0)]);
        }

        return result;
    }
}
