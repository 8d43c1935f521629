using System.Diagnostics;
using System.Globalization;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Runs one child process under <c>/usr/bin/time -v</c> when it exists, so that its peak resident set size can
/// be read, and times it with a stopwatch. With a time limit, a child still running then is killed with its
/// whole process tree and reported as timed out.
/// </summary>
internal static class TimedProcess
{
    private const string TimeTool = "/usr/bin/time";

    public static TimedRun Run(string program, IEnumerable<string> arguments, TimeSpan? limit = null)
    {
        var timed = File.Exists(TimeTool);
        var start = new ProcessStartInfo(timed ? TimeTool : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (timed)
        {
            start.ArgumentList.Add("-v");
            start.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var timedOut = !process.WaitForExit(limit ?? Timeout.InfiniteTimeSpan);
        if (timedOut)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        clock.Stop();
        var error = standardError.Result;
        return new TimedRun(clock.Elapsed, PeakKilobytes(error), standardOutput.Result, error, process.ExitCode) { TimedOut = timedOut };
    }

    /// <summary>The command as a shell would take it, for the report: arguments with shell syntax in single quotes.</summary>
    public static string Describe(string program, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { File.Exists(TimeTool) ? TimeTool + " -v" : "", program }.Concat(arguments.Select(Quote)).Where(a => a.Length > 0));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,@%+".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static long PeakKilobytes(string timeReport)
    {
        const string Label = "Maximum resident set size (kbytes):";
        var line = timeReport.Split('\n').FirstOrDefault(l => l.Contains(Label, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line[(line.IndexOf(Label, StringComparison.Ordinal) + Label.Length)..].Trim(), CultureInfo.InvariantCulture);
    }
}
