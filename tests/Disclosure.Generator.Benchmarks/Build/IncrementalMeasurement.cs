namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>One <c>build --incremental</c> after a one-character edit; <c>Unsupported</c> when the CLI rejected the option.</summary>
internal sealed record IncrementalMeasurement(TimeSpan Wall, long PeakResidentKilobytes, int ExitCode, bool Unsupported);
