namespace Disclosure.Generator.Indexing;

/// <summary>
/// Scores the documents that hold every query term: BM25 per distinct term plus the phrase bonus, as
/// described on <see cref="SearchQuery"/>.
/// </summary>
internal sealed class SearchScorer(SearchManifest manifest, IReadOnlyList<SearchTerm> terms, Dictionary<string, Dictionary<int, Posting>> postings)
{
    /// <summary>Document number → score, for every document matching all terms.</summary>
    public Dictionary<int, double> ScoreAll()
    {
        var scores = new Dictionary<int, double>();
        var distinct = terms.Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return scores;
        }

        var idf = distinct.ToDictionary(t => t, t => Idf(postings[t].Count), StringComparer.Ordinal);
        var rarest = distinct.MinBy(t => postings[t].Count)!;
        foreach (var document in postings[rarest].Keys)
        {
            if (distinct.All(t => postings[t].ContainsKey(document)))
            {
                scores[document] = Score(document, distinct, idf);
            }
        }

        return scores;
    }

    private double Score(int document, List<string> distinct, Dictionary<string, double> idf)
    {
        var score = 0.0;
        foreach (var term in distinct)
        {
            var posting = postings[term][document];
            var tf = posting.BodyCount + (manifest.TitleWeight * posting.TitleCount);
            var norm = manifest.K1 * (1 - manifest.B + (manifest.B * posting.Length / manifest.AverageLength));
            score += idf[term] * tf * (manifest.K1 + 1) / (tf + norm);
        }

        for (var i = 0; i + 1 < terms.Count; i++)
        {
            var (first, second) = (terms[i], terms[i + 1]);
            var distance = second.Position - first.Position;
            var after = postings[second.Text][document].Positions;
            if (postings[first.Text][document].Positions.Any(p => after.Contains(p + distance)))
            {
                score += manifest.PhraseWeight * (idf[first.Text] + idf[second.Text]) / 2;
            }
        }

        return score;
    }

    private double Idf(int documentFrequency) =>
        Math.Log(1 + ((manifest.Documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
