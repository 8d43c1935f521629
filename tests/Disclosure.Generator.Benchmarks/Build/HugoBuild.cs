namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Runs <c>hugo --quiet --source SITE --destination OUT</c> into a fresh output folder. No <c>--minify</c>, no
/// <c>--gc</c>: our build does neither.
/// </summary>
internal static class HugoBuild
{
    public const string Program = "hugo";

    public static BuildMeasurement Measure(string hugoSite, string outputFolder, int decisions, int records)
    {
        OutputFolder.Delete(outputFolder);
        var run = TimedProcess.Run(Program, Arguments(hugoSite, outputFolder));
        var (bytes, files) = OutputFolder.Measure(outputFolder);
        return new BuildMeasurement(decisions, records, run.Wall, run.PeakResidentKilobytes, bytes, files, [], run.ExitCode)
        {
            Errors = run.ExitCode == 0 ? "" : run.StandardError + run.StandardOutput,
        };
    }

    public static IEnumerable<string> Arguments(string hugoSite, string outputFolder) =>
        ["--quiet", "--source", hugoSite, "--destination", outputFolder];

    /// <summary>The first line of <c>hugo version</c>, or null when Hugo is not on the PATH.</summary>
    public static string? Version()
    {
        try
        {
            var run = TimedProcess.Run(Program, ["version"]);
            return run.ExitCode == 0 ? run.StandardOutput.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
