namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// What <c>bench</c> runs: corpus sizes, runs per size, the corpus seed, our CLI (null: the Release build in
/// this repository), whether Hugo builds the same corpus in alternation with ours, and whether an
/// incremental rebuild follows.
/// </summary>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, int Seed, string? Cli, bool Hugo, bool Incremental);
