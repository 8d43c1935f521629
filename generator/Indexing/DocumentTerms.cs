namespace Disclosure.Generator.Indexing;

/// <summary>A document's terms, counted: what the builder adds to the postings for it.</summary>
/// <param name="Length">Number of term occurrences in title and body, the BM25 document length.</param>
/// <param name="Terms">One entry per distinct term; the order does not reach the output.</param>
internal sealed record DocumentTerms(int Length, IReadOnlyList<TermOccurrences> Terms)
{
    /// <summary>Tokenises a document's title and body, and places each term in one of <paramref name="shards"/> term shards.</summary>
    public static DocumentTerms Of(SearchDocument document, int shards)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = SearchTokenizer.Tokenize(document.Title);
        var body = SearchTokenizer.Tokenize(document.Body);
        var offset = title.Count == 0 ? 0 : title[^1].Position + 1 + SearchRanking.TitleGap;
        var counts = new Dictionary<string, (int Body, int Title, List<int> Positions)>(StringComparer.Ordinal);
        Count(counts, title, 0, inTitle: true);
        Count(counts, body, offset, inTitle: false);
        var terms = counts
            .Select(e => new TermOccurrences(e.Key, SearchHash.Shard(e.Key, shards), e.Value.Body, e.Value.Title, e.Value.Positions))
            .ToList();
        return new DocumentTerms(title.Count + body.Count, terms);
    }

    private static void Count(Dictionary<string, (int Body, int Title, List<int> Positions)> counts, IReadOnlyList<SearchTerm> terms, int offset, bool inTitle)
    {
        foreach (var term in terms)
        {
            if (!counts.TryGetValue(term.Text, out var entry))
            {
                entry = (0, 0, new List<int>());
            }

            var position = term.Position + offset;
            // Words and their parts share a position: keep it once.
            if (entry.Positions.Count < SearchRanking.MaxPositions && (entry.Positions.Count == 0 || entry.Positions[^1] != position))
            {
                entry.Positions.Add(position);
            }

            counts[term.Text] = inTitle ? (entry.Body, entry.Title + 1, entry.Positions) : (entry.Body + 1, entry.Title, entry.Positions);
        }
    }
}
