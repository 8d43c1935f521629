namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>One timed full build of one corpus size, by our CLI or by Hugo.</summary>
internal sealed record BuildMeasurement(
    int Decisions, int Records, TimeSpan Wall, long PeakResidentKilobytes, long OutputBytes, int OutputFiles,
    IReadOnlyList<(string Stage, double Milliseconds)> Stages, int ExitCode)
{
    /// <summary>What a failed child printed, to show why; empty on success.</summary>
    public string Errors { get; init; } = "";
}
