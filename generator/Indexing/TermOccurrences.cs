namespace Disclosure.Generator.Indexing;

/// <summary>How often one term occurs in one document, and where (the first <see cref="SearchRanking.MaxPositions"/> positions).</summary>
/// <param name="Term">The term.</param>
/// <param name="Shard">The term shard it belongs to.</param>
/// <param name="BodyCount">Occurrences in the body.</param>
/// <param name="TitleCount">Occurrences in the title.</param>
/// <param name="Positions">First positions, ascending; body positions follow the title's after <see cref="SearchRanking.TitleGap"/>.</param>
internal sealed record TermOccurrences(string Term, int Shard, int BodyCount, int TitleCount, IReadOnlyList<int> Positions);
