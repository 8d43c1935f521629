namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>
/// What to generate: the number of decisions and the seed. Everything else (agencies, officers, the span
/// of years and the judging day) follows from these two, so one pair always yields the same bytes.
/// </summary>
internal sealed record CorpusOptions(int Decisions, int Seed)
{
    /// <summary>First day a decision may be dated: the built-in calendar starts in 2024.</summary>
    public DateOnly FirstDay { get; init; } = new(2024, 1, 2);

    /// <summary>Last day a decision may be dated, so that every result is published before <see cref="Today"/>.</summary>
    public DateOnly LastDay { get; init; } = new(2026, 11, 30);

    /// <summary>The day the corpus is judged on, written into its site.yml.</summary>
    public DateOnly Today { get; init; } = new(2026, 12, 15);

    /// <summary>About one officer per 150 decisions, at least 50.</summary>
    public int Officers => Math.Max(50, Decisions / 150);
}
