namespace Disclosure.Generator.Indexing;

/// <summary>
/// The reference query over a built index (INDEX-FORMAT.md, Query), which the JavaScript client must match: it
/// loads files through a callback (path relative to the index folder → the whole file) and reads only what the
/// client would: the term and key shards of the query, the byte ranges of its terms' posting blocks, the facet
/// runs, and the offsets and records of the hits on the requested page in merged ranges. Each result lists those reads.
/// </summary>
internal sealed class SearchQuery
{
    /// <summary>Reads of one page whose gap is at most this many bytes are merged into one (INDEX-FORMAT.md).</summary>
    public const int MergeGap = 1024;

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
        var entries = Lookup(distinct, reader);
        // A term missing from its shard matches nothing, so its siblings' postings are not needed.
        var blocks = distinct.All(entries.ContainsKey)
            ? distinct.ToDictionary(t => t, t => Block(entries[t], reader), StringComparer.Ordinal)
            : null;
        var keyDocuments = KeyDocuments(keys, reader);
        var scores = new SearchScorer(Manifest, terms, blocks, keyDocuments).Scores();
        if (scores.Count == 0)
        {
            return new SearchResult(0, [], [.. Enum.GetValues<SearchFacet>().Select(_ => (IReadOnlyList<FacetCount>)[])], reader.Reads);
        }

        var runs = FacetRuns.Read(reader.Whole(Manifest.FacetFile));
        var active = filters ?? [];
        var matches = scores.Keys.Where(d => Passes(runs, d, active)).ToList();
        var shown = matches
            .OrderByDescending(d => scores[d])
            .ThenBy(d => d)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToList();
        var records = Records(shown, reader);
        var hits = shown.Select(d => Hit(records[d], scores[d])).ToList();
        return new SearchResult(matches.Count, hits, FacetCounts(runs, matches), reader.Reads);
    }

    private Dictionary<string, PostingLocation> Lookup(IReadOnlyList<string> terms, IndexReader reader)
    {
        var found = new Dictionary<string, PostingLocation>(StringComparer.Ordinal);
        foreach (var shard in terms.GroupBy(t => SearchHash.Shard(t, Manifest.TermShards.Count)))
        {
            var entries = DictionaryShard.Read(reader.Whole(Manifest.TermShards.Path(shard.Key))).ToDictionary(e => e.Term, e => e.Location, StringComparer.Ordinal);
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

    // Each found key's documents, straight from its key shard.
    private List<IReadOnlyList<int>> KeyDocuments(IReadOnlyList<string> keys, IndexReader reader)
    {
        var found = new List<IReadOnlyList<int>>();
        foreach (var shard in keys.GroupBy(k => SearchHash.Shard(k, Manifest.KeyShards.Count)))
        {
            var entries = KeyShard.Read(reader.Whole(Manifest.KeyShards.Path(shard.Key))).ToDictionary(e => e.Key, e => e.Documents, StringComparer.Ordinal);
            found.AddRange(shard.Where(entries.ContainsKey).Select(k => entries[k]));
        }

        return found;
    }

    private PostingBlock Block(PostingLocation location, IndexReader reader) =>
        PostingBlock.Read(reader.Range(Manifest.PostingFiles[location.Part], location.Offset, location.Length));

    // The page's records with merged reads (INDEX-FORMAT.md, Document records): per part, the slots of its hits.
    private Dictionary<int, DocumentRecord> Records(IReadOnlyList<int> documents, IndexReader reader)
    {
        var slot = Manifest.RecordBytes;
        var records = new Dictionary<int, DocumentRecord>();
        foreach (var part in documents.Distinct().GroupBy(d => d / Manifest.DocsPerPart).OrderBy(g => g.Key))
        {
            var first = part.Key * Manifest.DocsPerPart;
            var spans = part.ToDictionary(d => d, d => ((long)(d - first) * slot, ((long)(d - first) * slot) + slot));
            foreach (var (start, end) in MergedRanges(spans.Values))
            {
                var bytes = reader.Range(Manifest.DocumentFiles[part.Key], start, checked((int)(end - start)));
                foreach (var (document, span) in spans.Where(s => s.Value.Item1 >= start && s.Value.Item2 <= end))
                {
                    records[document] = DocumentRecord.Read(bytes.AsSpan((int)(span.Item1 - start), slot));
                }
            }
        }

        return records;
    }

    // Sorted by start, a range beginning at most MergeGap bytes after the end of the one before joins it.
    private static List<(long Start, long End)> MergedRanges(IEnumerable<(long Start, long End)> ranges)
    {
        var merged = new List<(long Start, long End)>();
        foreach (var (start, end) in ranges.OrderBy(r => r.Start).ThenBy(r => r.End))
        {
            if (merged.Count > 0 && start - merged[^1].End <= MergeGap)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
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
