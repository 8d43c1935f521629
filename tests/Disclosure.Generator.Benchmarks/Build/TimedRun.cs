namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>One finished child process: wall time, peak RSS (-1 when unknown), what it printed and its exit code.</summary>
internal sealed record TimedRun(TimeSpan Wall, long PeakResidentKilobytes, string StandardOutput, string StandardError, int ExitCode)
{
    /// <summary>The child passed its time limit and was killed.</summary>
    public bool TimedOut { get; init; }
}
