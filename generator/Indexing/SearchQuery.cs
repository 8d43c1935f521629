using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Answers a query from a built index, loading only the files it needs through a callback (path relative to
/// the index folder → bytes). It is the reference the JavaScript client must match:
/// <list type="number">
/// <item>Terms: <see cref="SearchTokenizer.QueryTerms"/>. A document matches when it holds every distinct
/// term (so a Chinese query matches wherever its bigrams all occur), or when the raw query equals one of its
/// exact keys (<see cref="ExactKeys.QueryKeys"/>).</item>
/// <item>Score: for each distinct term in query order, BM25 with idf = ln(1 + (N − df + 0.5) / (df + 0.5)) and
/// tf = bodyCount + titleWeight × titleCount; then, for each pair of neighbouring query terms at distance d,
/// phraseWeight × (idf₁ + idf₂) / 2 when one stored position of the first plus d is a stored position of the
/// second; then exactBoost for an exact-key match.</item>
/// <item>Filters apply to the matches; facet counts are over the filtered matches; ties rank by document number.</item>
/// </list>
/// </summary>
internal sealed class SearchQuery
{
    private readonly Func<string, byte[]> _load;
    private readonly SearchManifest _manifest;

    /// <summary>Reads the manifest through <paramref name="load"/>.</summary>
    public SearchQuery(Func<string, byte[]> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
        _manifest = SearchManifest.Parse(load("manifest.json"));
    }

    /// <summary>Runs a query and returns the best <paramref name="limit"/> hits with the total and facet counts.</summary>
    public SearchResult Run(string query, IReadOnlyList<SearchFilter>? filters = null, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var terms = SearchTokenizer.QueryTerms(query);
        var distinct = terms.Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        var postings = LoadPostings(distinct, loaded);
        var scores = new SearchScorer(_manifest, terms, postings).ScoreAll();
        foreach (var document in ExactMatches(query, loaded))
        {
            scores[document] = scores.GetValueOrDefault(document) + _manifest.ExactBoost;
        }

        var documents = LoadDocuments(scores.Keys, loaded);
        var active = filters ?? Array.Empty<SearchFilter>();
        var matches = scores.Keys.Where(d => Passes(documents[d], active)).ToList();
        var hits = matches
            .OrderByDescending(d => scores[d])
            .ThenBy(d => d)
            .Take(limit)
            .Select(d => new SearchHit(documents[d].Id, documents[d].Url, documents[d].Title, documents[d].Snippet, scores[d]))
            .ToList();
        return new SearchResult(matches.Count, hits, FacetCounts(matches, documents), loaded.Count);
    }

    private Dictionary<string, Dictionary<int, Posting>> LoadPostings(List<string> terms, HashSet<string> loaded)
    {
        var postings = new Dictionary<string, Dictionary<int, Posting>>(StringComparer.Ordinal);
        foreach (var group in terms.GroupBy(t => SearchHash.Shard(t, _manifest.TermFiles.Count)))
        {
            var file = _manifest.TermFiles[group.Key];
            using var shard = file is null ? null : JsonDocument.Parse(Load(file, loaded));
            foreach (var term in group)
            {
                var values = shard is not null && shard.RootElement.TryGetProperty(term, out var array)
                    ? array.EnumerateArray().Select(v => v.GetInt32()).ToArray()
                    : [];
                postings[term] = Posting.Decode(values).ToDictionary(p => p.Document);
            }
        }

        return postings;
    }

    private SortedSet<int> ExactMatches(string query, HashSet<string> loaded)
    {
        var matches = new SortedSet<int>();
        if (_manifest.KeyFiles.Count == 0)
        {
            return matches;
        }

        foreach (var key in ExactKeys.QueryKeys(query))
        {
            var file = _manifest.KeyFiles[SearchHash.Shard(key, _manifest.KeyFiles.Count)];
            if (file is null)
            {
                continue;
            }

            using var shard = JsonDocument.Parse(Load(file, loaded));
            if (shard.RootElement.TryGetProperty(key, out var ids))
            {
                matches.UnionWith(ids.EnumerateArray().Select(v => v.GetInt32()));
            }
        }

        return matches;
    }

    private Dictionary<int, StoredDocument> LoadDocuments(IEnumerable<int> numbers, HashSet<string> loaded)
    {
        var documents = new Dictionary<int, StoredDocument>();
        foreach (var group in numbers.GroupBy(n => n / _manifest.DocumentsPerShard).OrderBy(g => g.Key))
        {
            var file = _manifest.DocumentFiles[group.Key] ?? throw new InvalidDataException($"document shard {group.Key} is missing");
            using var shard = JsonDocument.Parse(Load(file, loaded));
            foreach (var number in group)
            {
                documents[number] = StoredDocument.Read(shard.RootElement[number - (group.Key * _manifest.DocumentsPerShard)]);
            }
        }

        return documents;
    }

    private byte[] Load(string path, HashSet<string> loaded)
    {
        loaded.Add(path);
        return _load(path);
    }

    private bool Passes(StoredDocument document, IReadOnlyList<SearchFilter> filters) =>
        filters.GroupBy(f => f.Facet).All(g => g.Any(f => string.Equals(ValueOf(document, g.Key), f.Value, StringComparison.Ordinal)));

    private string ValueOf(StoredDocument document, SearchFacet facet)
    {
        var index = document.Facets[(int)facet];
        return index < 0 ? "" : _manifest.FacetValues[(int)facet][index];
    }

    private List<IReadOnlyList<FacetCount>> FacetCounts(List<int> matches, Dictionary<int, StoredDocument> documents)
    {
        var result = new List<IReadOnlyList<FacetCount>>();
        foreach (var facet in Enum.GetValues<SearchFacet>())
        {
            var values = _manifest.FacetValues[(int)facet];
            var counts = new int[values.Count];
            foreach (var match in matches)
            {
                var index = documents[match].Facets[(int)facet];
                if (index >= 0)
                {
                    counts[index]++;
                }
            }

            result.Add([.. values.Select((v, i) => new FacetCount(v, counts[i])).Where(c => c.Count > 0)]);
        }

        return result;
    }
}
