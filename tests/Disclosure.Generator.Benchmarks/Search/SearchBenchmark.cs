using System.Diagnostics;
using System.Globalization;
using Disclosure.Generator.Benchmarks.Build;
using Disclosure.Generator.BrowserTests.Support;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// The search benchmark of issue 5: at each corpus size it builds our site once (which writes our index), exports
/// the indexed pages' text, builds Pagefind and lunr.js indexes of the same pages, then types the fixed queries
/// into each engine's page in headless Chromium over loopback, one fresh browser context per query, and
/// compares bytes, time to the first result and recall against substring ground truth. Prints Markdown tables
/// and writes them to <c>$TMPDIR/disclosure-bench/search-SIZES.md</c>.
/// </summary>
internal static class SearchBenchmark
{
    /// <summary>lunr.js gets the issue's 10 minutes; Pagefind more, so that a slow build still yields its queries.</summary>
    private static readonly TimeSpan LunrLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan PagefindLimit = TimeSpan.FromMinutes(60);

    public static async Task<int> RunAsync(SearchBenchOptions options, TextWriter output)
    {
        var cli = options.Cli ?? BenchFolders.DefaultCli();
        var node = NodeFolder.InRepository();
        if (!File.Exists(cli))
        {
            output.WriteLine($"{cli} not found: run 'dotnet build generator -c Release' first, or pass --cli.");
            return 2;
        }

        if (options.Engines.Any(e => e != "ours") && !node.Installed)
        {
            output.WriteLine($"Pagefind and lunr.js are not installed: run 'npm ci' in {node.Root}.");
            return 2;
        }

        if (!File.Exists(BrowserSession.ChromiumPath))
        {
            output.WriteLine($"{BrowserSession.ChromiumPath} not found: apt-get install -y chromium fonts-noto-cjk.");
            return 2;
        }

        var reports = new List<SizeReport>();
        await using (var browser = await BrowserSession.StartAsync(node.Probe))
        {
            foreach (var size in options.Sizes)
            {
                reports.Add(await MeasureSizeAsync(size, cli, node, options, browser, output));
            }
        }

        var text = SearchTable.Format(reports) + Commands(options, cli, node);
        var file = Path.Combine(BenchFolders.Root, "search-" + string.Join('-', options.Sizes) + ".md");
        await File.WriteAllTextAsync(file, text);
        output.WriteLine();
        output.Write(text);
        output.WriteLine($"\n(also written to {file})");
        return reports.All(r => r.Builds.Count > 0) ? 0 : 1;
    }

    private static async Task<SizeReport> MeasureSizeAsync(
        int size, string cli, NodeFolder node, SearchBenchOptions options, BrowserSession browser, TextWriter output)
    {
        var corpus = BenchFolders.CachedCorpus(size, options.Seed, output);
        var site = BenchFolders.OursOutput(size);
        var records = Directory.EnumerateFiles(Path.Combine(corpus, "content"), "*", SearchOption.AllDirectories).Count();
        var build = ChildBuild.Measure(cli, corpus, site, size, records);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size} decisions: our site built in {build.Wall.TotalSeconds:0.0} s, peak {build.PeakResidentKilobytes / 1024} MB, exit {build.ExitCode}"));
        if (build.ExitCode != 0)
        {
            output.WriteLine(build.Errors);
            return new SizeReport(size, 0, [], []);
        }

        var bench = Path.Combine(BenchFolders.Root, string.Create(CultureInfo.InvariantCulture, $"search-{size}"));
        Directory.CreateDirectory(bench);
        var documentsFile = Path.Combine(bench, "documents.jsonl");
        var clock = Stopwatch.StartNew();
        var documents = DocumentExport.Write(site, documentsFile);
        var truth = GroundTruth.Of(documentsFile, BenchQueries.All);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size} decisions: exported {documents} pages and computed the ground truth in {clock.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", truth.Select(t => t.Count))} relevant)"));

        var builds = new List<EngineBuild>();
        var rows = new List<QueryRow>();
        foreach (var engine in Engines(options.Engines, build, site, node, bench, documentsFile))
        {
            var runs = engine is OurEngine ? 1 : options.Runs;
            var built = Summarise([.. Enumerable.Range(0, runs).Select(_ => engine.Build())]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size} decisions, {engine.Name}: index {built.Seconds?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a"} s, peak {built.PeakKilobytes / 1024} MB, {built.Size.Files} files, {built.Size.Bytes / 1024} KB; {built.Note}"));
            builds.Add(built);
            rows.AddRange(await QueryRowsAsync(engine, built, truth, browser, options.Runs, output));
        }

        return new SizeReport(size, documents, builds, rows);
    }

    private static IEnumerable<ISearchEngine> Engines(
        IReadOnlyList<string> names, BuildMeasurement build, string site, NodeFolder node, string bench, string documents)
    {
        foreach (var name in names)
        {
            yield return name switch
            {
                "ours" => new OurEngine(build, site),
                "pagefind" => new PagefindEngine(node, site, bench, PagefindLimit),
                "lunr" => new LunrEngine(node, documents, bench, LunrLimit),
                _ => throw new ArgumentException($"unknown engine '{name}': use ours, pagefind or lunr"),
            };
        }
    }

    private static async Task<List<QueryRow>> QueryRowsAsync(
        ISearchEngine engine, EngineBuild built, List<HashSet<string>> truth, BrowserSession browser, int runs, TextWriter output)
    {
        var reason = "no index (see the build table)";
        var site = built.Usable ? engine.Site(out reason) : null;
        using var server = site is null ? null : new StaticSiteServer(site.Root);
        var address = server is null || site is null ? null : new Uri(server.BaseAddress, site.PagePath);
        var rows = new List<QueryRow>();
        for (var q = 0; q < BenchQueries.All.Count; q++)
        {
            var query = BenchQueries.All[q];
            var measured = new List<QueryMeasurement>();
            for (var run = 0; site is not null && address is not null && run < runs; run++)
            {
                measured.Add(await browser.MeasureAsync(address, site, query));
            }

            var found = built.Usable || engine is OurEngine ? await engine.FoundAsync(query, browser, address) : null;
            var row = new QueryRow(query, engine.Name, truth[q].Count, found?.Count, found?.Count(truth[q].Contains), Median(measured), reason);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {engine.Name} '{query.Text}': {Describe(row.Measured, reason)}; found {row.Found?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, recall {row.Recall?.ToString("0.000", CultureInfo.InvariantCulture) ?? "n/a"} of {row.Truth}"));
            rows.Add(row);
        }

        return rows;
    }

    private static string Describe(QueryMeasurement? m, string reason) => m is null ? "not opened in the browser: " + reason : string.Create(CultureInfo.InvariantCulture,
        $"{m.State}, first result {m.FirstResultMs?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a"} ms, index {m.IndexBytes / 1024.0:0.0} KB of {m.TotalBytes / 1024.0:0.0} KB in {m.Requests} requests");

    /// <summary>The run whose query ended in the median time, so that the reported numbers belong together.</summary>
    private static QueryMeasurement? Median(List<QueryMeasurement> runs) =>
        runs.Count == 0 ? null : runs.OrderBy(m => m.DoneMs ?? double.MaxValue).ElementAt(runs.Count / 2);

    private static EngineBuild Summarise(List<EngineBuild> runs) =>
        runs.Count == 1 ? runs[0] : runs.OrderBy(b => b.Seconds ?? double.MaxValue).ElementAt(runs.Count / 2) with
        {
            Note = runs.OrderBy(b => b.Seconds ?? double.MaxValue).ElementAt(runs.Count / 2).Note + string.Create(CultureInfo.InvariantCulture, $"; median of {runs.Count} runs"),
        };

    private static string Commands(SearchBenchOptions options, string cli, NodeFolder node)
    {
        var size = options.Sizes[0];
        var site = BenchFolders.OursOutput(size);
        var bench = Path.Combine(BenchFolders.Root, string.Create(CultureInfo.InvariantCulture, $"search-{size}"));
        var documents = Path.Combine(bench, "documents.jsonl");
        return "\nbench:    " + string.Join(' ', Environment.GetCommandLineArgs())
            + "\nours:     " + TimedProcess.Describe("dotnet", ChildBuild.Arguments(cli, BenchFolders.CorpusFolder(size, options.Seed), site, incremental: false))
            + "\nPagefind: " + TimedProcess.Describe(node.PagefindBinary, new PagefindEngine(node, site, bench, PagefindLimit).Arguments())
            + "\nlunr.js:  " + TimedProcess.Describe("node", new LunrEngine(node, documents, bench, LunrLimit).Arguments())
            + string.Create(CultureInfo.InvariantCulture, $"\n          ({Environment.ProcessorCount} cores; Chromium {BrowserSession.ChromiumPath}, headless, one fresh context per query)\n");
    }
}
