using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>The Markdown table of measurements: one row per build, stage times in seconds.</summary>
internal static class BenchmarkTable
{
    public static string Format(IReadOnlyList<BuildMeasurement> results)
    {
        var stages = results.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct().ToList();
        var text = new StringBuilder();
        text.Append("| decisions | input files | wall (s) | records/s | peak RSS (MB) | output (MB) | output files | ")
            .AppendJoin(" | ", stages.Select(s => s + " (s)")).Append(" |\n|");
        text.Append(string.Concat(Enumerable.Repeat("---:|", 7 + stages.Count))).Append('\n');
        foreach (var r in results)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Decisions:N0} | {r.Records:N0} | {r.Wall.TotalSeconds:0.0} | {r.Records / r.Wall.TotalSeconds:N0} | {r.PeakResidentKilobytes / 1024.0:N0} | {r.OutputBytes / 1048576.0:N0} | {r.OutputFiles:N0} |"));
            foreach (var stage in stages)
            {
                var ms = r.Stages.Where(s => s.Stage == stage).Select(s => s.Milliseconds).DefaultIfEmpty(double.NaN).First();
                text.Append(string.Create(CultureInfo.InvariantCulture, $" {ms / 1000:0.0} |"));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
