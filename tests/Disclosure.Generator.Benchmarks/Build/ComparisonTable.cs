using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// The Markdown table comparing our build with Hugo's on the same corpus: one row per tool and size with the
/// median of its runs, the ratios Hugo / ours on Hugo's row, and the incremental rebuild on ours.
/// </summary>
internal static class ComparisonTable
{
    public static string Format(IReadOnlyList<SizeComparison> sizes)
    {
        var text = new StringBuilder();
        text.Append("| decisions | generator | runs | wall (s) | decisions/s | peak RSS (MB) | output (MB) | output files | ")
            .Append("wall ÷ ours | peak ÷ ours | incremental (s) |\n|---|---|")
            .Append(string.Concat(Enumerable.Repeat("---:|", 9))).Append('\n');
        foreach (var size in sizes)
        {
            var ours = Summary.Of(size.Ours);
            text.Append(Row(size.Decisions, "ours", ours)).Append(" | | ").Append(Incremental(size.Incremental)).Append(" |\n");
            if (size.Hugo.Count > 0)
            {
                var hugo = Summary.Of(size.Hugo);
                text.Append(Row(size.Decisions, "Hugo", hugo))
                    .Append(string.Create(CultureInfo.InvariantCulture, $" {hugo.Wall / ours.Wall:0.00} | {hugo.PeakMegabytes / ours.PeakMegabytes:0.00} | |\n"));
            }
        }

        return text.ToString();
    }

    private static string Row(int decisions, string tool, Summary s) => string.Create(CultureInfo.InvariantCulture,
        $"| {decisions:N0} | {tool} | {s.Runs}{(s.Failed > 0 ? $" ({s.Failed} failed)" : "")} | {s.Wall:0.0} | {decisions / s.Wall:N0} | {s.PeakMegabytes:N0} | {s.OutputMegabytes:N0} | {s.Files:N0} |");

    private static string Incremental(IncrementalMeasurement? incremental) => incremental switch
    {
        null => "",
        { Unsupported: true } => "n/a",
        { ExitCode: not 0 } => string.Create(CultureInfo.InvariantCulture, $"failed (exit {incremental.ExitCode})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{incremental.Wall.TotalSeconds:0.0}"),
    };

    /// <summary>Medians over the runs of one tool at one size, so that one slow run does not decide.</summary>
    private sealed record Summary(int Runs, int Failed, double Wall, double PeakMegabytes, double OutputMegabytes, double Files)
    {
        public static Summary Of(IReadOnlyList<BuildMeasurement> runs) => new(
            runs.Count,
            runs.Count(r => r.ExitCode != 0),
            Median(runs.Select(r => r.Wall.TotalSeconds)),
            Median(runs.Select(r => r.PeakResidentKilobytes / 1024.0)),
            Median(runs.Select(r => r.OutputBytes / 1048576.0)),
            Median(runs.Select(r => (double)r.OutputFiles)));

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? double.NaN
                : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
                : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
