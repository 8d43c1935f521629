namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>Everything measured at one corpus size: the pages indexed, each engine's build, and every query row.</summary>
internal sealed record SizeReport(int Decisions, int Documents, IReadOnlyList<EngineBuild> Builds, IReadOnlyList<QueryRow> Rows);
