namespace Disclosure.Generator.Indexing;

/// <summary>
/// Finds and scores the matches of a query from its posting blocks, as INDEX-FORMAT.md's Query section says: a
/// document matches when it holds every distinct term or any key; a term match scores, per distinct term,
/// <c>idf × (k1 + 1) × impact / 255</c> (the champion's impact, else the tail impact), plus the phrase bonus for
/// each neighbouring pair of query terms found at their query distance among the stored positions of a
/// document that is a champion of both, plus <c>exactBoost</c> when it also holds a key; a key-only match
/// scores <c>exactBoost</c>.
/// </summary>
/// <param name="manifest">The index's manifest.</param>
/// <param name="terms">The query terms with their positions.</param>
/// <param name="blocks">Each distinct term's block; null when some term is not in the index.</param>
/// <param name="keyDocuments">The documents of each of the query's keys found in the index.</param>
internal sealed class SearchScorer(
    SearchManifest manifest, IReadOnlyList<SearchTerm> terms, IReadOnlyDictionary<string, PostingBlock>? blocks, IReadOnlyList<IReadOnlyList<int>> keyDocuments)
{
    /// <summary>Document number → score, for every match.</summary>
    public Dictionary<int, double> Scores()
    {
        var keyed = keyDocuments.SelectMany(d => d).ToHashSet();
        var scores = new Dictionary<int, double>();
        foreach (var document in TermMatches())
        {
            scores[document] = TermScore(document) + (keyed.Contains(document) ? manifest.Ranking.ExactBoost : 0);
        }

        foreach (var document in keyed)
        {
            scores.TryAdd(document, manifest.Ranking.ExactBoost);
        }

        return scores;
    }

    private List<int> TermMatches()
    {
        if (blocks is null || blocks.Count == 0)
        {
            return [];
        }

        var rarest = blocks.Values.MinBy(b => b.Documents.Count)!;
        var others = blocks.Values.Where(b => b != rarest).Select(b => b.Documents.ToHashSet()).ToList();
        return [.. rarest.Documents.Where(d => others.All(o => o.Contains(d)))];
    }

    private double TermScore(int document)
    {
        var ranking = manifest.Ranking;
        var score = 0.0;
        foreach (var term in terms.Select(t => t.Text).Distinct(StringComparer.Ordinal))
        {
            var block = blocks![term];
            var impact = Champion(block, document)?.Impact ?? block.TailImpact;
            score += Idf(block) * (ranking.K1 + 1) * impact / 255;
        }

        for (var i = 0; i + 1 < terms.Count; i++)
        {
            var (first, second) = (blocks![terms[i].Text], blocks[terms[i + 1].Text]);
            var distance = terms[i + 1].Position - terms[i].Position;
            if (Champion(first, document) is { } a && Champion(second, document) is { } b && a.Positions.Any(p => b.Positions.Contains(p + distance)))
            {
                score += ranking.PhraseWeight * (Idf(first) + Idf(second)) / 2;
            }
        }

        return score;
    }

    private static Champion? Champion(PostingBlock block, int document) =>
        block.Champions.FirstOrDefault(c => c.Document == document);

    private double Idf(PostingBlock block)
    {
        var df = block.Documents.Count;
        return Math.Log(1 + ((manifest.Documents - df + 0.5) / (df + 0.5)));
    }
}
