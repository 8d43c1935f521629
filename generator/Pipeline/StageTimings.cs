namespace Disclosure.Generator.Pipeline;

/// <summary>Wall time of each pipeline stage, in order.</summary>
internal sealed record StageTimings(IReadOnlyList<(string Stage, TimeSpan Time)> Stages)
{
    /// <summary>The sum of all stages.</summary>
    public TimeSpan Total => Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
}
