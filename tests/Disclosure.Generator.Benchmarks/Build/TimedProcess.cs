using System.Diagnostics;
using System.Globalization;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Runs one child process under <c>/usr/bin/time -v</c> when it exists, so that its peak resident set size can
/// be read, and times it with a stopwatch.
/// </summary>
internal static class TimedProcess
{
    private const string TimeTool = "/usr/bin/time";

    public static TimedRun Run(string program, IEnumerable<string> arguments)
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
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        var error = standardError.Result;
        return new TimedRun(clock.Elapsed, PeakKilobytes(error), standardOutput, error, process.ExitCode);
    }

    /// <summary>The command as a shell would take it, for the report.</summary>
    public static string Describe(string program, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { File.Exists(TimeTool) ? TimeTool + " -v" : "", program }.Concat(arguments).Where(a => a.Length > 0));

    private static long PeakKilobytes(string timeReport)
    {
        const string Label = "Maximum resident set size (kbytes):";
        var line = timeReport.Split('\n').FirstOrDefault(l => l.Contains(Label, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line[(line.IndexOf(Label, StringComparison.Ordinal) + Label.Length)..].Trim(), CultureInfo.InvariantCulture);
    }
}
