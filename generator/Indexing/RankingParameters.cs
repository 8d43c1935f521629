namespace Disclosure.Generator.Indexing;

/// <summary>The manifest's <c>ranking</c> object: the constants both query sides score with.</summary>
/// <param name="K1">BM25 term-frequency saturation.</param>
/// <param name="B">BM25 length normalisation.</param>
/// <param name="TitleWeight">A title occurrence counts as this many body occurrences.</param>
/// <param name="PhraseWeight">Phrase bonus as a multiple of the pair's mean IDF.</param>
/// <param name="ExactBoost">Score of an exact-key match.</param>
/// <param name="TitleGap">Distance from the last title position to the first body position.</param>
/// <param name="MaxChampions">Most champions per posting block.</param>
/// <param name="MaxPositions">Most positions per champion.</param>
internal sealed record RankingParameters(
    double K1, double B, double TitleWeight, double PhraseWeight, double ExactBoost, int TitleGap, int MaxChampions, int MaxPositions)
{
    /// <summary>The constants of <see cref="SearchRanking"/> with <paramref name="maxChampions"/> champions.</summary>
    public static RankingParameters Of(int maxChampions) => new(
        SearchRanking.K1, SearchRanking.B, SearchRanking.TitleWeight, SearchRanking.PhraseWeight, SearchRanking.ExactBoost,
        SearchRanking.TitleGap, maxChampions, SearchRanking.MaxPositions);
}
