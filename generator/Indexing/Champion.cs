namespace Disclosure.Generator.Indexing;

/// <summary>A champion of a posting block: a holder listed with its impact and first positions.</summary>
/// <param name="Document">Document number.</param>
/// <param name="Impact">Quantised BM25 weight, 1…255 (see <see cref="TermImpact"/>).</param>
/// <param name="Positions">Its first positions of the term, ascending.</param>
internal sealed record Champion(int Document, byte Impact, IReadOnlyList<int> Positions);
