using System.Diagnostics;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Pipeline;

namespace Disclosure.Generator.Cli;

/// <summary>
/// <c>build</c> and <c>check</c>: run the pipeline, print diagnostics and a summary. Exit 0 when clean, 1 when
/// the content breaks a rule, 2 when the configuration (site.yml, the Git ref) is unusable.
/// </summary>
internal static class BuildCommand
{
    /// <summary>Runs a build (write) or a check (no write).</summary>
    public static int Run(CliOptions options, bool write, TextWriter stdout, TextWriter stderr)
    {
        var (result, shown) = Execute(options, write, stdout, stderr);
        if (shown.Any(IsConfigurationError))
        {
            return ExitCodes.Usage;
        }

        // check judges what it shows (in pull-request mode: the changed records and site-wide duties).
        var failed = write ? !result.Succeeded : shown.Any(d => d.Severity == Severity.Error);
        return failed ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    /// <summary>Runs the pipeline once and prints its outcome; used by build, check and serve.</summary>
    public static (BuildResult Result, IReadOnlyList<Diagnostic> Shown) Execute(CliOptions options, bool write, TextWriter stdout, TextWriter stderr)
    {
        var watch = Stopwatch.StartNew();
        var sink = new DiagnosticSink();
        IClock clock = options.Today is { } today ? new FixedClock(today) : new SystemClock();
        var context = new BuildContext(clock, sink, CancellationToken.None);
        var site = Path.GetFullPath(options.Site);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(site, "_site"));
        var result = BuildPipeline.Run(new BuildOptions(site, output, write, options.ChangedSince, options.Incremental), context);
        var shown = Relevant(sink.Sorted(), result.Changed);
        var json = options.Format == "json";
        DiagnosticPrinter.Print(shown, options.Language, options.Format, json ? stdout : stderr);
        if (json)
        {
            return (result, shown);
        }

        if (result.Succeeded)
        {
            SummaryPrinter.Print(result, write ? output : null, watch.Elapsed, options.Language, stdout);
        }
        else
        {
            stderr.WriteLine(options.Language == MessageLanguage.English
                ? "Stopped: nothing was written; the previous site is unchanged."
                : "已停止：未写入任何文件，原有站点保持不变。");
        }

        if (options.Timings)
        {
            SummaryPrinter.PrintTimings(result.Timings, stdout);
        }

        return (result, shown);
    }

    /// <summary>
    /// In pull-request mode, per-record findings are limited to files changed since the base; site-wide
    /// findings (site.yml, periodic duties, themes) are always shown.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Relevant(IReadOnlyList<Diagnostic> all, IReadOnlyDictionary<string, bool>? changed) =>
        changed is null
            ? all
            : [.. all.Where(d => !d.Location.Path.StartsWith("content/", StringComparison.Ordinal) || changed.ContainsKey(d.Location.Path))];

    private static bool IsConfigurationError(Diagnostic d) =>
        d.Severity == Severity.Error && (d.Code is RuleCodes.MissingConfiguration or RuleCodes.UnknownGitRef
            || (d.Location.Path == "site.yml" && string.CompareOrdinal(d.Code, RuleCodes.LatePublication) < 0));
}
