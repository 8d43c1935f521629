using System.Diagnostics;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Pipeline;

namespace Disclosure.Generator.Cli;

/// <summary><c>build</c> and <c>check</c>: run the pipeline, print diagnostics and a summary.</summary>
internal static class BuildCommand
{
    /// <summary>Runs a build (write) or a check (no write).</summary>
    public static int Run(CliOptions options, bool write, TextWriter stdout, TextWriter stderr)
    {
        var result = Execute(options, write, stdout, stderr);
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }

    /// <summary>Runs the pipeline once and prints its outcome; used by build, check and serve.</summary>
    public static BuildResult Execute(CliOptions options, bool write, TextWriter stdout, TextWriter stderr)
    {
        var watch = Stopwatch.StartNew();
        var sink = new DiagnosticSink();
        IClock clock = options.Today is { } today ? new FixedClock(today) : new SystemClock();
        var context = new BuildContext(clock, sink, CancellationToken.None);
        var site = Path.GetFullPath(options.Site);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(site, "_site"));
        var result = BuildPipeline.Run(new BuildOptions(site, output, write), context);
        DiagnosticPrinter.Print(sink, options.Language, stderr);
        if (result.Succeeded)
        {
            SummaryPrinter.Print(result, write ? output : null, watch.Elapsed, options.Language, stdout);
        }
        else
        {
            stderr.WriteLine(options.Language == MessageLanguage.English
                ? "Build stopped: nothing was written; the previous site is unchanged."
                : "构建已停止：未写入任何文件，原有站点保持不变。");
        }

        if (options.Timings)
        {
            SummaryPrinter.PrintTimings(result.Timings, stdout);
        }

        return result;
    }
}
