namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>One query of the fixed set: what is typed, and a short label for the tables.</summary>
internal sealed record BenchQuery(string Text, string Kind);
