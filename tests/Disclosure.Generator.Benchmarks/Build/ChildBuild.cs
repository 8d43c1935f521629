using System.Diagnostics;
using System.Globalization;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Runs <c>dotnet disclosure.dll build --timings</c> on one site, under <c>/usr/bin/time -v</c> when it exists
/// so that the child's peak resident set size can be read, and measures the output folder.
/// </summary>
internal static class ChildBuild
{
    private const string TimeTool = "/usr/bin/time";

    public static BuildMeasurement Measure(string cli, string site, int decisions, int records)
    {
        var outputFolder = Path.Combine(Path.GetTempPath(), "disclosure-bench", string.Create(CultureInfo.InvariantCulture, $"site-{decisions}"));
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }

        var timed = File.Exists(TimeTool);
        var start = new ProcessStartInfo(timed ? TimeTool : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (timed)
        {
            start.ArgumentList.Add("-v");
            start.ArgumentList.Add("dotnet");
        }

        foreach (var argument in new[] { cli, "build", "--site", site, "--output", outputFolder, "--timings" })
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

        var files = Directory.Exists(outputFolder) ? Directory.GetFiles(outputFolder, "*", SearchOption.AllDirectories) : [];
        return new BuildMeasurement(
            decisions, records, clock.Elapsed, PeakKilobytes(error), files.Sum(f => new FileInfo(f).Length), files.Length,
            Stages(standardOutput), process.ExitCode);
    }

    private static long PeakKilobytes(string timeReport)
    {
        const string Label = "Maximum resident set size (kbytes):";
        var line = timeReport.Split('\n').FirstOrDefault(l => l.Contains(Label, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line[(line.IndexOf(Label, StringComparison.Ordinal) + Label.Length)..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the <c>--timings</c> lines: two spaces, the stage name, the time and "ms".</summary>
    private static List<(string Stage, double Milliseconds)> Stages(string standardOutput)
    {
        var stages = new List<(string, double)>();
        foreach (var line in standardOutput.Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith("  ", StringComparison.Ordinal) && parts.Length == 3 && parts[2] == "ms"
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                stages.Add((parts[0], ms));
            }
        }

        return stages;
    }
}
