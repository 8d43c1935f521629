using System.Globalization;
using Disclosure.Generator.Benchmarks.Build;
using Disclosure.Generator.Benchmarks.Corpus;
using Disclosure.Generator.Benchmarks.Search;

namespace Disclosure.Generator.Benchmarks;

/// <summary>
/// The commands: <c>generate</c> writes a synthetic corpus, <c>bench</c> times the real CLI on it, <c>search</c>
/// compares our search index with Pagefind and lunr.js on it.
/// </summary>
internal static class BenchmarkCli
{
    private const string Usage = """
        usage:
          generate --decisions N --out DIR [--seed S]
          bench [--sizes 10000,100000] [--runs N] [--seed S] [--cli PATH/disclosure.dll] [--hugo] [--incremental]
            --hugo         also build a Hugo copy of each corpus, alternating with ours, and compare
            --incremental  after the full builds, edit one decision and time 'build --incremental'
          search [--sizes 10000,100000] [--runs N] [--seed S] [--cli PATH/disclosure.dll] [--engines ours,pagefind,lunr]
            builds our site (and its index), Pagefind and lunr.js indexes of the same pages, and times the fixed
            queries in headless Chromium; needs 'npm ci' in tests/Disclosure.Generator.Benchmarks/node first
        """;

    private static readonly string[] Switches = ["--hugo", "--incremental"];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (Switches.Contains(args[i], StringComparer.Ordinal))
            {
                options[args[i]] = "true";
            }
            else if (i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
        }

        var seed = options.TryGetValue("--seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 1;
        switch (args.FirstOrDefault())
        {
            case "generate" when options.ContainsKey("--decisions") && options.ContainsKey("--out"):
                var counts = CorpusGenerator.Generate(
                    new CorpusOptions(int.Parse(options["--decisions"], CultureInfo.InvariantCulture), seed), options["--out"]);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {counts} files to {options["--out"]}"));
                return 0;
            case "bench":
                return BuildBenchmark.Run(
                    new BenchOptions(Sizes(options), Runs(options), seed, options.GetValueOrDefault("--cli"), options.ContainsKey("--hugo"), options.ContainsKey("--incremental")),
                    output);
            case "search":
                return SearchBenchmark.RunAsync(
                    new SearchBenchOptions(
                        Sizes(options), Runs(options), seed, options.GetValueOrDefault("--cli"),
                        [.. (options.TryGetValue("--engines", out var e) ? e : "ours,pagefind,lunr").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]),
                    output).GetAwaiter().GetResult();
            case "serve" when options.ContainsKey("--root"):
                using (var server = new Disclosure.Generator.BrowserTests.Support.StaticSiteServer(options["--root"]))
                {
                    output.WriteLine(server.BaseAddress);
                    Console.ReadLine();
                }

                return 0;
            case "search-index":
                return StandaloneIndex.Run(Sizes(options), output);
            case "search-index-child" when options.ContainsKey("--documents") && options.ContainsKey("--out"):
                return StandaloneIndex.Child(options["--documents"], options["--out"], output);
            case "search-reads" when options.ContainsKey("--index"):
                return IndexReadReport.Run(options["--index"], output);
            default:
                error.WriteLine(Usage);
                return 2;
        }
    }

    private static List<int> Sizes(Dictionary<string, string> options) =>
        [.. (options.TryGetValue("--sizes", out var z) ? z : "10000").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    private static int Runs(Dictionary<string, string> options) =>
        options.TryGetValue("--runs", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 1;
}
