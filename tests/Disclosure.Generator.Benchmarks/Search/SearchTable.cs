using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// The Markdown report: per size, one table of index builds and one of queries, with each engine's ratio to
/// ours (engine ÷ ours, so above 1 means the other engine needs more) wherever both were measured.
/// </summary>
internal static class SearchTable
{
    public static string Format(IReadOnlyList<SizeReport> reports)
    {
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"\n### {report.Decisions:N0} decisions ({report.Documents:N0} pages indexed by every engine)\n\n"));
            Builds(report, text);
            text.Append('\n');
            Queries(report, text);
        }

        return text.ToString();
    }

    private static void Builds(SizeReport report, StringBuilder text)
    {
        // Ratios only against an index of ours that exists: our build's peak memory alone compares nothing.
        var ours = report.Builds.FirstOrDefault(b => b.Engine == "ours" && b.Usable);
        text.Append("| engine | index build (s) | peak RSS (MB) | index files | index (MB) | index, gzip (MB) | build ÷ ours | RSS ÷ ours | gzip bytes ÷ ours | note |\n")
            .Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var b in report.Builds)
        {
            var other = b.Engine != "ours" && ours is not null;
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {b.Engine} | {Number(b.Seconds, "0.0")} | {Number(b.PeakKilobytes < 0 ? null : b.PeakKilobytes / 1024.0, "N0")} | {b.Size.Files:N0} | {b.Size.Bytes / 1048576.0:0.0} | {b.Size.Transferred / 1048576.0:0.0} | "))
                .Append(other ? Ratio(b.Seconds, ours!.Seconds) : "").Append(" | ")
                .Append(other ? Ratio(b.PeakKilobytes, ours!.PeakKilobytes) : "").Append(" | ")
                .Append(other ? Ratio(b.Size.Transferred, ours!.Size.Transferred) : "").Append(" | ")
                .Append(b.Note.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }
    }

    private static void Queries(SizeReport report, StringBuilder text)
    {
        text.Append("| query | kind | relevant | engine | found | recall | index data (KB) | total (KB) | requests | first result (ms) | total bytes ÷ ours | time ÷ ours |\n")
            .Append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var group in report.Rows.GroupBy(r => r.Query))
        {
            // Ratios only against a query of ours that showed a result.
            var ours = group.FirstOrDefault(r => r.Engine == "ours" && r.Measured?.FirstResultMs is not null)?.Measured;
            foreach (var row in group)
            {
                var m = row.Measured;
                var other = row.Engine != "ours" && ours is not null && m is not null;
                text.Append(string.Create(CultureInfo.InvariantCulture, $"| {row.Query.Text} | {row.Query.Kind} | {row.Truth:N0} | {row.Engine} | "))
                    .Append(row.Found is { } f ? f.ToString("N0", CultureInfo.InvariantCulture) : "n/a").Append(" | ")
                    .Append(Number(row.Recall, "0.000")).Append(" | ")
                    .Append(m is null ? row.Note : Number(m.IndexBytes / 1024.0, "N1")).Append(" | ")
                    .Append(m is null ? "" : Number(m.TotalBytes / 1024.0, "N1")).Append(" | ")
                    .Append(m is null ? "" : m.Requests.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(m is null ? "" : m.FirstResultMs is null ? m.State : Number(m.FirstResultMs, "0")).Append(" | ")
                    .Append(other ? Ratio(m!.TotalBytes, ours!.TotalBytes) : "").Append(" | ")
                    .Append(other ? Ratio(m!.FirstResultMs, ours!.FirstResultMs) : "").Append(" |\n");
            }
        }
    }

    private static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(double? value, double? ours) =>
        value is { } v && ours is { } o && o > 0 && v >= 0 ? (v / o).ToString("0.00", CultureInfo.InvariantCulture) : "";
}
