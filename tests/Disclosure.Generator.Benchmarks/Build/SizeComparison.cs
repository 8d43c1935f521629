namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>All runs at one corpus size: our full builds, Hugo's (empty without <c>--hugo</c>), and the incremental rebuild if asked for.</summary>
internal sealed record SizeComparison(
    int Decisions, IReadOnlyList<BuildMeasurement> Ours, IReadOnlyList<BuildMeasurement> Hugo, IncrementalMeasurement? Incremental);
