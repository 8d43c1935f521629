using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Pipeline;

namespace Disclosure.Generator.Tests.Support;

/// <summary>Runs the real pipeline on a site folder with a fixed today.</summary>
internal static class SiteRun
{
    /// <summary>The sample's fixed today.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>Runs check (no write) or build into <paramref name="output"/>.</summary>
    public static (BuildResult Result, IReadOnlyList<Diagnostic> Diagnostics) Run(string site, string? output = null, DateOnly? today = null, bool incremental = false)
    {
        var sink = new DiagnosticSink();
        var context = new BuildContext(new FixedClock(today ?? Today), sink, CancellationToken.None);
        var result = BuildPipeline.Run(new BuildOptions(site, output ?? Path.Combine(site, "_site"), output is not null, Incremental: incremental), context);
        return (result, sink.Sorted());
    }
}
