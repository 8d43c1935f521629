using Disclosure.Generator.Benchmarks.Build;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Pagefind, run as its own binary over the built site in place (no copy): <c>--site SITE --output-path
/// BENCH/pagefind-site/pagefind --root-selector main --glob …</c>, so it reads exactly the pages and the text
/// the other engines get. Its bench page sits beside the bundle. Index data is the entry file, the metadata,
/// the index chunks and the fragments; its JavaScript, CSS and wasm count as the rest.
/// </summary>
internal sealed class PagefindEngine(NodeFolder node, string site, string benchFolder, TimeSpan limit) : ISearchEngine
{
    private Dictionary<string, string>? _urls;

    public string Name => "Pagefind";

    private string Root => Path.Combine(benchFolder, "pagefind-site");

    private string Bundle => Path.Combine(Root, "pagefind");

    public EngineBuild Build()
    {
        OutputFolder.Delete(Bundle);
        _urls = null;
        node.CopyPage("pagefind", Root);
        var run = TimedProcess.Run(node.PagefindBinary, Arguments(), limit);
        var note = run.TimedOut ? $"killed after {limit.TotalMinutes:0} min"
            : run.ExitCode != 0 ? $"failed, exit {run.ExitCode}: {LastLine(run.StandardError + run.StandardOutput)}"
            : $"Pagefind {node.Version(NodeFolder.PagefindPackage)}, extended (Chinese word segmentation), --root-selector main";
        return new EngineBuild(Name, run.TimedOut ? null : run.Wall.TotalSeconds, run.PeakResidentKilobytes, IndexFiles.Measure(Bundle, IsIndexData), note)
        {
            Usable = !run.TimedOut && run.ExitCode == 0,
        };
    }

    public IEnumerable<string> Arguments() =>
        ["--site", site, "--output-path", Bundle, "--root-selector", "main", "--glob", BenchDocuments.PagefindGlob, "--quiet"];

    public EngineSite? Site(out string reason)
    {
        reason = "";
        return new EngineSite(Root, "", p => p.StartsWith("pagefind/", StringComparison.Ordinal) && IsIndexData(p["pagefind/".Length..]));
    }

    public async Task<HashSet<string>?> FoundAsync(BenchQuery query, BrowserSession browser, Uri? address)
    {
        _urls ??= PagefindFragments.Urls(Bundle);
        var ids = await browser.AllResultsAsync(address ?? throw new InvalidOperationException("Pagefind is not served"), query.Text);
        return ids?.Select(id => _urls.TryGetValue(id, out var url) ? url : "?" + id).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsIndexData(string path) =>
        path == "pagefind-entry.json"
        || path.EndsWith(".pf_meta", StringComparison.Ordinal)
        || path.StartsWith("index/", StringComparison.Ordinal)
        || path.StartsWith("fragment/", StringComparison.Ordinal)
        || path.StartsWith("filter/", StringComparison.Ordinal);

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
