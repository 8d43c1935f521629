using System.Globalization;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Runs <c>dotnet disclosure.dll build --timings</c> on one site into a fresh output folder, and the
/// <c>--incremental</c> rebuild into the same folder after a one-character edit.
/// </summary>
internal static class ChildBuild
{
    public static BuildMeasurement Measure(string cli, string site, string outputFolder, int decisions, int records)
    {
        OutputFolder.Delete(outputFolder);
        var run = TimedProcess.Run("dotnet", Arguments(cli, site, outputFolder, incremental: false));
        var (bytes, files) = OutputFolder.Measure(outputFolder);
        return new BuildMeasurement(
            decisions, records, run.Wall, run.PeakResidentKilobytes, bytes, files, Stages(run.StandardOutput), run.ExitCode)
        {
            Errors = run.ExitCode == 0 ? "" : run.StandardError + run.StandardOutput,
        };
    }

    /// <summary>The incremental rebuild; <see cref="IncrementalMeasurement.Unsupported"/> when this CLI has no such option.</summary>
    public static IncrementalMeasurement Incremental(string cli, string site, string outputFolder)
    {
        var run = TimedProcess.Run("dotnet", Arguments(cli, site, outputFolder, incremental: true));
        var unsupported = run.ExitCode == 2
            && (run.StandardError + run.StandardOutput).Contains("unknown option", StringComparison.OrdinalIgnoreCase);
        return new IncrementalMeasurement(run.Wall, run.PeakResidentKilobytes, run.ExitCode, unsupported);
    }

    public static IEnumerable<string> Arguments(string cli, string site, string outputFolder, bool incremental) =>
        incremental
            ? [cli, "build", "--incremental", "--site", site, "--output", outputFolder, "--timings"]
            : [cli, "build", "--site", site, "--output", outputFolder, "--timings"];

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
