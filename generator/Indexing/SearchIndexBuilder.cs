namespace Disclosure.Generator.Indexing;

/// <summary>
/// 全文检索索引: builds the search index, format version 3 (INDEX-FORMAT.md), from the documents it is given and
/// hands each file to a callback (path relative to the index folder, bytes), so the pipeline can route them
/// through its output plan. The caller decides what may be found: withheld records (excluded, withdrawn,
/// expired, scheduled) must not be passed in. Documents are numbered by facet tuple, then id; every file is
/// written in a fixed order and <c>manifest.json</c> last, so the same documents give the same bytes. The
/// callback is called from one thread at a time.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>Indexes the documents and writes the files.</summary>
    public static SearchIndexResult Build(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write) =>
        Build(documents, write, SearchIndexOptions.Default);

    /// <summary>Indexes the documents with the given part sizes and champion count.</summary>
    public static SearchIndexResult Build(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write, SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxChampions);
        var table = new FacetTable(documents);
        var ordered = table.Documents;
        var output = new CountingWriter(write);
        var facetBytes = FacetRuns.Write(table);
        var facetFile = output.Write(IndexFiles.Name("facets", facetBytes), facetBytes);
        var documentFiles = DocumentStore.Write(ordered, options.DocsPerPart, output);
        var averageLength = AverageLength(ordered);
        var collector = PostingsCollector.Collect(ordered, averageLength, options.MaxChampions);
        var (termFiles, keyFiles, postingFiles) = PostingsWriter.Write(collector, options, output);
        var manifest = new SearchManifest(
            ordered.Count,
            averageLength,
            RankingParameters.Of(options.MaxChampions),
            table.Values,
            facetFile,
            termFiles,
            keyFiles,
            postingFiles,
            options.DocsPerPart,
            documentFiles,
            SearchRanking.RecordBytes);
        output.Write("manifest.json", manifest.Write());
        return new SearchIndexResult(ordered.Count, output.Files, output.Bytes);
    }

    // A first pass, counting terms without building them: impacts need the mean length before any posting is stored.
    private static double AverageLength(IReadOnlyList<SearchDocument> documents)
    {
        if (documents.Count == 0)
        {
            return 0;
        }

        var lengths = new int[documents.Count];
        Parallel.For(0, lengths.Length, i => lengths[i] = DocumentTerms.Length(documents[i]));
        return lengths.Sum(l => (long)l) / (double)documents.Count;
    }
}
