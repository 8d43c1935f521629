namespace Disclosure.Generator.Indexing;

/// <summary>
/// 全文检索索引: builds the sharded search index from the documents it is given and hands each file to a
/// callback (path relative to the index folder, bytes), so the pipeline can route them through its output plan.
/// The caller decides what may be found: withheld records (excluded, withdrawn, expired) must not be passed in.
/// Files: <c>terms/N.H.json</c> (term → postings, see <see cref="PostingList"/>; term shard by
/// <see cref="SearchHash"/>), <c>keys/N.H.json</c> (exact key → document numbers), <c>docs/N.H.json</c>
/// (documents N×perShard onwards: <c>[id, url, title, [facet value indexes], snippet]</c>, −1 for no value)
/// and <c>manifest.json</c>, written last, which names the others. Documents are numbered in ordinal order of
/// their id, and every file is written in a fixed order, so the same documents give the same bytes.
/// The callback is called from one thread at a time.
/// </summary>
internal static class SearchIndexBuilder
{
    private const int Batch = 4096;

    /// <summary>Indexes the documents and writes the files.</summary>
    public static SearchIndexResult Build(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(write);
        var ordered = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i].Id, ordered[i - 1].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"duplicate search document id {ordered[i].Id}", nameof(documents));
            }
        }

        var plan = SearchShardPlan.For(ordered.Length);
        var output = new CountingWriter(write);
        var facets = new FacetTable(ordered);
        var docFiles = WriteDocuments(ordered, plan, facets, output);
        var keyFiles = WriteKeys(ordered, plan, output);
        var (termFiles, totalLength) = WriteTerms(ordered, plan, output);
        var average = ordered.Length == 0 ? 0 : (double)totalLength / ordered.Length;
        var manifest = SearchManifestWriter.Write(new SearchManifestContent(ordered.Length, average, plan, termFiles, keyFiles, docFiles, facets));
        output.Write("manifest.json", manifest);
        return new SearchIndexResult(ordered.Length, output.Files, output.Bytes, plan);
    }

    private static string?[] WriteDocuments(SearchDocument[] documents, SearchShardPlan plan, FacetTable facets, CountingWriter output)
    {
        var names = new string?[plan.DocumentShards];
        ForEachInWaves(plan.DocumentShards, shard =>
        {
            var start = shard * plan.DocumentsPerShard;
            var end = Math.Min(documents.Length, start + plan.DocumentsPerShard);
            return SearchJson.Write(json =>
            {
                json.WriteStartArray();
                for (var i = start; i < end; i++)
                {
                    var d = documents[i];
                    json.WriteStartArray();
                    json.WriteStringValue(d.Id);
                    json.WriteStringValue(d.Url);
                    json.WriteStringValue(d.Title);
                    json.WriteStartArray();
                    foreach (var index in facets.Indexes(i))
                    {
                        json.WriteNumberValue(index);
                    }

                    json.WriteEndArray();
                    json.WriteStringValue(Snippet(d.Body));
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            });
        }, (shard, bytes) => names[shard] = output.Write(SearchJson.FileName("docs", shard, bytes), bytes));
        return names;
    }

    private static string?[] WriteKeys(SearchDocument[] documents, SearchShardPlan plan, CountingWriter output)
    {
        var shards = new SortedDictionary<string, SortedSet<int>>?[plan.KeyShards];
        for (var i = 0; i < documents.Length; i++)
        {
            foreach (var key in documents[i].Keys)
            {
                if (ExactKeys.Key(key.Kind, key.Value) is not { } normalised)
                {
                    continue;
                }

                var shard = shards[SearchHash.Shard(normalised, plan.KeyShards)] ??= new(StringComparer.Ordinal);
                if (!shard.TryGetValue(normalised, out var ids))
                {
                    shard[normalised] = ids = [];
                }

                ids.Add(i);
            }
        }

        var names = new string?[plan.KeyShards];
        ForEachInWaves(plan.KeyShards, shard => shards[shard] is { } map ? SearchJson.Write(json =>
        {
            json.WriteStartObject();
            foreach (var (key, ids) in map)
            {
                json.WriteStartArray(key);
                foreach (var id in ids)
                {
                    json.WriteNumberValue(id);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }) : null, (shard, bytes) => names[shard] = output.Write(SearchJson.FileName("keys", shard, bytes), bytes));
        return names;
    }

    private static (string?[] Names, long TotalLength) WriteTerms(SearchDocument[] documents, SearchShardPlan plan, CountingWriter output)
    {
        var shards = new Dictionary<string, PostingList>?[plan.TermShards];
        long totalLength = 0;
        for (var start = 0; start < documents.Length; start += Batch)
        {
            var batch = new DocumentTerms[Math.Min(Batch, documents.Length - start)];
            Parallel.For(0, batch.Length, i => batch[i] = DocumentTerms.Of(documents[start + i], plan.TermShards));
            for (var i = 0; i < batch.Length; i++)
            {
                totalLength += batch[i].Length;
                foreach (var occurrences in batch[i].Terms)
                {
                    var shard = shards[occurrences.Shard] ??= new(StringComparer.Ordinal);
                    if (!shard.TryGetValue(occurrences.Term, out var postings))
                    {
                        shard[occurrences.Term] = postings = new PostingList();
                    }

                    postings.Add(start + i, batch[i].Length, occurrences);
                }
            }
        }

        var names = new string?[plan.TermShards];
        ForEachInWaves(plan.TermShards, shard =>
        {
            var map = shards[shard];
            // Each shard is released once serialised, so postings and bytes are not both held in full.
            shards[shard] = null;
            return map is null ? null : SearchJson.Write(json =>
            {
                json.WriteStartObject();
                foreach (var (term, postings) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    json.WriteStartArray(term);
                    foreach (var value in postings.Values)
                    {
                        json.WriteNumberValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            });
        }, (shard, bytes) => names[shard] = output.Write(SearchJson.FileName("terms", shard, bytes), bytes));
        return (names, totalLength);
    }

    // Serialises a wave of shards in parallel, then writes them in shard order before starting the next wave.
    private static void ForEachInWaves(int count, Func<int, byte[]?> serialise, Action<int, byte[]> write)
    {
        var wave = Math.Max(2, Environment.ProcessorCount * 2);
        for (var start = 0; start < count; start += wave)
        {
            var bytes = new byte[]?[Math.Min(wave, count - start)];
            Parallel.For(0, bytes.Length, i => bytes[i] = serialise(start + i));
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] is { } content)
                {
                    write(start + i, content);
                }
            }
        }
    }

    private static string Snippet(string body)
    {
        var text = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= SearchRanking.SnippetLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[SearchRanking.SnippetLength - 1]) ? SearchRanking.SnippetLength - 1 : SearchRanking.SnippetLength;
        return text[..end];
    }
}
