namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>One timed build of one corpus size by the real CLI.</summary>
internal sealed record BuildMeasurement(
    int Decisions, int Records, TimeSpan Wall, long PeakResidentKilobytes, long OutputBytes, int OutputFiles,
    IReadOnlyList<(string Stage, double Milliseconds)> Stages, int ExitCode);
