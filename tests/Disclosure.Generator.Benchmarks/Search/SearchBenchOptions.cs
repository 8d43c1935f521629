namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// What <c>search</c> runs: corpus sizes, runs per size (index builds of Pagefind and lunr.js, and every
/// browser query; our site is built once per size), the corpus seed, our CLI (null: the Release build in this
/// repository) and the engines, any of <c>ours</c>, <c>pagefind</c> and <c>lunr</c>.
/// </summary>
internal sealed record SearchBenchOptions(IReadOnlyList<int> Sizes, int Runs, int Seed, string? Cli, IReadOnlyList<string> Engines);
