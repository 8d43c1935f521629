using System.Globalization;
using Disclosure.Generator.Benchmarks.Build;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// lunr.js over the exported page text pre-split into bigrams and single characters (node/bigrams.mjs), built by
/// node/lunr-build.mjs with a 4 GB heap (the issue's memory target) and a time limit; running out of either is
/// the result at that size, not an error of the benchmark. Index data is the serialised index and the titles.
/// </summary>
internal sealed class LunrEngine(NodeFolder node, string documents, string benchFolder, TimeSpan limit) : ISearchEngine
{
    public const int HeapMegabytes = 4096;
    private static readonly string[] DataFiles = ["index.json", "docs.json"];

    public string Name => "lunr.js";

    private string Root => Path.Combine(benchFolder, "lunr-site");

    public EngineBuild Build()
    {
        node.CopyPage("lunr", Root, "bigrams.mjs", Path.Combine("node_modules", "lunr", "lunr.min.js"));
        foreach (var file in DataFiles)
        {
            File.Delete(Path.Combine(Root, file));
        }

        var run = TimedProcess.Run("node", Arguments(), limit);
        var output = run.StandardError + run.StandardOutput;
        var note = run.TimedOut ? $"killed after {limit.TotalMinutes:0} min"
            : output.Contains("heap out of memory", StringComparison.Ordinal) ? $"out of memory ({HeapMegabytes} MB heap)"
            : output.Contains("Invalid string length", StringComparison.Ordinal) ? "index too large for one JavaScript string (JSON.stringify failed)"
            : run.ExitCode != 0 ? $"failed, exit {run.ExitCode}: {LastLine(output)}"
            : $"lunr {node.Version("lunr")}, bigrams + unigrams, no stemmer or stop words";
        var size = IndexFiles.Measure(Root, p => DataFiles.Contains(p));
        return new EngineBuild(Name, run.TimedOut ? null : run.Wall.TotalSeconds, run.PeakResidentKilobytes, size, note)
        {
            Usable = !run.TimedOut && run.ExitCode == 0,
        };
    }

    public IEnumerable<string> Arguments() =>
        [string.Create(CultureInfo.InvariantCulture, $"--max-old-space-size={HeapMegabytes}"), node.LunrScript, documents, Root];

    public EngineSite? Site(out string reason)
    {
        reason = "";
        return new EngineSite(Root, "", p => DataFiles.Contains(p));
    }

    public async Task<HashSet<string>?> FoundAsync(BenchQuery query, BrowserSession browser, Uri? address) =>
        (await browser.AllResultsAsync(address ?? throw new InvalidOperationException("lunr.js is not served"), query.Text))?.ToHashSet(StringComparer.Ordinal);

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
