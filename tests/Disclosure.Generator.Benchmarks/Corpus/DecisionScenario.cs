namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>
/// One kind of case: a title, facts and summary with placeholders ({n}, {fine}, {place}, {person}), the legal
/// basis with its articles, and for penalties the kinds of penalty and the range of the fine in yuan.
/// </summary>
internal sealed record DecisionScenario(
    string Category, string Domain, string Title, string Facts, string Basis, string Summary,
    string[] PenaltyTypes, int MinFine = 0, int MaxFine = 0);
