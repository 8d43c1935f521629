using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// What each query should find: the exported pages whose normalised text (title and visible body, folded and
/// lower-cased by <see cref="SearchTokenizer.Normalize"/>) contains every space-separated part of the query,
/// normalised the same way. Substring matching, so it is the same standard for every engine, whatever its
/// tokeniser; one pass over the export answers every query.
/// </summary>
internal static class GroundTruth
{
    public static List<HashSet<string>> Of(string jsonl, IReadOnlyList<BenchQuery> queries)
    {
        var parts = queries
            .Select(q => q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SearchTokenizer.Normalize).ToArray())
            .ToList();
        var truth = queries.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        foreach (var document in DocumentExport.ReadAll(jsonl))
        {
            var text = SearchTokenizer.Normalize(document.Title + "\n" + document.Text);
            for (var q = 0; q < parts.Count; q++)
            {
                if (parts[q].Length > 0 && parts[q].All(p => text.Contains(p, StringComparison.Ordinal)))
                {
                    truth[q].Add(document.Url);
                }
            }
        }

        return truth;
    }
}
