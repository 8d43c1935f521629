using System.Globalization;
using Disclosure.Generator.Benchmarks.Build;
using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Our index, written by the site build itself under <c>search/index/</c>. The site is built once per size
/// (<see cref="ChildBuild"/>, with <c>--timings</c>); its build time is the <c>index</c> stage and its peak
/// memory is the whole build's, as the index is built inside it. Recall asks the C# reference
/// <see cref="SearchQuery"/> over the built files, which is parity-tested against the browser client.
/// </summary>
internal sealed class OurEngine(BuildMeasurement build, string site) : ISearchEngine
{
    public const string StageName = "index";

    public string Name => "ours";

    private string IndexFolder => Path.Combine(site, "search", "index");

    public EngineBuild Build()
    {
        var size = IndexFiles.Measure(IndexFolder, _ => true);
        var stage = build.Stages.Where(s => s.Stage == StageName).Select(s => (double?)s.Milliseconds / 1000).FirstOrDefault();
        var whole = string.Create(CultureInfo.InvariantCulture, $"whole site build {build.Wall.TotalSeconds:0.0} s, exit {build.ExitCode}");
        var note = stage is null
            ? $"no '{StageName}' stage in this build's --timings (this CLI writes no search index yet); {whole}"
            : $"'{StageName}' stage of --timings; peak RSS is the whole build's; {whole}";
        if (size.Files == 0)
        {
            note += "; no search/index/ folder in the output";
        }

        return new EngineBuild(Name, stage, build.PeakResidentKilobytes, size, note) { Usable = build.ExitCode == 0 && size.Files > 0 };
    }

    public EngineSite? Site(out string reason)
    {
        reason = File.Exists(Path.Combine(site, "search", "index.html")) ? "" : "the built site has no /search/ page";
        return reason.Length > 0 ? null : new EngineSite(site, "search/", p => p.StartsWith("search/index/", StringComparison.Ordinal));
    }

    public Task<HashSet<string>?> FoundAsync(BenchQuery query, BrowserSession browser, Uri? address)
    {
        if (!File.Exists(Path.Combine(IndexFolder, "manifest.json")))
        {
            return Task.FromResult<HashSet<string>?>(null);
        }

        var reference = new SearchQuery(path => File.ReadAllBytes(Path.Combine(IndexFolder, path)));
        var hits = reference.Run(query.Text, pageSize: int.MaxValue).Hits;
        return Task.FromResult<HashSet<string>?>(hits.Select(h => h.Url.TrimStart('/')).ToHashSet(StringComparer.Ordinal));
    }
}
