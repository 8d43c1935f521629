using System.Collections.Immutable;
using Disclosure.Generator.Model;
using Disclosure.Generator.Output;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Pipeline;

/// <summary>The outcome of a run: whether it succeeded, what it read and wrote, and how long each stage took.</summary>
internal sealed record BuildResult
{
    /// <summary>True when no error was reported and, for a build, the output was written.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>The records read (empty when configuration failed).</summary>
    public required RecordSet Records { get; init; }

    /// <summary>Records withheld from the site, per reason (empty when the model was not built).</summary>
    public ImmutableSortedDictionary<PublicationState, int> Withheld { get; init; } = ImmutableSortedDictionary<PublicationState, int>.Empty;

    /// <summary>HTML pages rendered.</summary>
    public int Pages { get; init; }

    /// <summary>The output plan (null when the build stopped early).</summary>
    public OutputPlan? Plan { get; init; }

    /// <summary>In pull-request mode, the files changed since the base (each with whether it is new); otherwise null.</summary>
    public IReadOnlyDictionary<string, bool>? Changed { get; init; }

    /// <summary>Stage times.</summary>
    public required StageTimings Timings { get; init; }
}
