namespace Disclosure.Generator.Records;

/// <summary>处罚种类 and amounts, in yuan.</summary>
internal sealed record Penalty(IReadOnlyList<string> Types, decimal? Fine, decimal? Confiscation);
