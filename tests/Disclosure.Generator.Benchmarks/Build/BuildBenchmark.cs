using System.Globalization;
using Disclosure.Generator.Benchmarks.Hugo;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Generates each corpus size once (cached in the temp folder by size and seed), builds it with the real CLI
/// as a child process under <c>/usr/bin/time -v</c> and, with <c>--hugo</c>, builds a Hugo copy of the same
/// corpus in alternation (ours, Hugo, ours, Hugo…); then prints Markdown tables and the command lines.
/// </summary>
internal static class BuildBenchmark
{
    public static int Run(BenchOptions options, TextWriter output)
    {
        var cli = options.Cli ?? BenchFolders.DefaultCli();
        if (!File.Exists(cli))
        {
            output.WriteLine($"{cli} not found: run 'dotnet build generator -c Release' first, or pass --cli.");
            return 2;
        }

        var hugoVersion = options.Hugo ? HugoBuild.Version() : null;
        if (options.Hugo && hugoVersion is null)
        {
            output.WriteLine("--hugo: 'hugo version' failed; install Hugo (apt-get install hugo) and put it on the PATH.");
            return 2;
        }

        var sizes = options.Sizes.Select(size => MeasureSize(size, cli, options, output)).ToList();
        output.WriteLine();
        output.Write(BenchmarkTable.Format([.. sizes.SelectMany(s => s.Ours)]));
        if (options.Hugo || options.Incremental)
        {
            output.WriteLine();
            output.Write(ComparisonTable.Format(sizes));
        }

        PrintCommands(options, cli, hugoVersion, output);
        var builds = sizes.SelectMany(s => s.Ours.Concat(s.Hugo)).ToList();
        foreach (var failed in builds.Where(b => b.ExitCode != 0).Take(2))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nfailed build ({failed.Decisions} decisions, exit {failed.ExitCode}):\n{Tail(failed.Errors)}"));
        }

        return builds.All(r => r.ExitCode == 0) ? 0 : 1;
    }

    private static SizeComparison MeasureSize(int size, string cli, BenchOptions options, TextWriter output)
    {
        var site = BenchFolders.CachedCorpus(size, options.Seed, output);
        var hugoSite = options.Hugo ? CachedHugoSite(site, size, options.Seed, output) : null;
        var records = Directory.EnumerateFiles(Path.Combine(site, "content"), "*", SearchOption.AllDirectories).Count();
        var ours = new List<BuildMeasurement>();
        var hugo = new List<BuildMeasurement>();
        for (var run = 1; run <= options.Runs; run++)
        {
            ours.Add(Report(output, "ours", run, ChildBuild.Measure(cli, site, BenchFolders.OursOutput(size), size, records)));
            if (hugoSite is not null)
            {
                hugo.Add(Report(output, "Hugo", run, HugoBuild.Measure(hugoSite, HugoOutput(size), size, records)));
            }
        }

        IncrementalMeasurement? incremental = null;
        if (options.Incremental && ours[^1].ExitCode == 0)
        {
            using var edit = DecisionEdit.Apply(site);
            incremental = ChildBuild.Incremental(cli, site, BenchFolders.OursOutput(size));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size} decisions, incremental after editing {Path.GetRelativePath(site, edit.Path)}: {incremental.Wall.TotalSeconds:0.00} s, exit {incremental.ExitCode}{(incremental.Unsupported ? " (option not supported: n/a)" : "")}"));
        }

        return new SizeComparison(size, ours, hugo, incremental);
    }

    private static BuildMeasurement Report(TextWriter output, string tool, int run, BuildMeasurement m)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{m.Decisions} decisions, {tool} run {run}: {m.Wall.TotalSeconds:0.00} s, peak {m.PeakResidentKilobytes / 1024} MB, {m.OutputFiles} files, exit {m.ExitCode}"));
        return m;
    }

    private static void PrintCommands(BenchOptions options, string cli, string? hugoVersion, TextWriter output)
    {
        var size = options.Sizes[0];
        var site = BenchFolders.CorpusFolder(size, options.Seed);
        output.WriteLine();
        output.WriteLine("bench: " + string.Join(' ', Environment.GetCommandLineArgs()));
        output.WriteLine("ours:  " + TimedProcess.Describe("dotnet", ChildBuild.Arguments(cli, site, BenchFolders.OursOutput(size), incremental: false)));
        if (options.Incremental)
        {
            output.WriteLine("incr:  " + TimedProcess.Describe("dotnet", ChildBuild.Arguments(cli, site, BenchFolders.OursOutput(size), incremental: true)));
        }

        if (hugoVersion is not null)
        {
            output.WriteLine("Hugo:  " + TimedProcess.Describe(HugoBuild.Program, HugoBuild.Arguments(HugoFolder(size, options.Seed), HugoOutput(size))));
            output.WriteLine("       " + hugoVersion);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       ({Environment.ProcessorCount} cores; each full build starts with an empty output folder)"));
    }

    /// <summary>The Hugo copy's content is cached; its theme and configuration are copied afresh every time.</summary>
    private static string CachedHugoSite(string corpus, int size, int seed, TextWriter output)
    {
        var root = BenchFolders.Cached(HugoFolder(size, seed), output, root => HugoSiteWriter.WriteContent(corpus, root));
        HugoSiteWriter.WriteTheme(root);
        return root;
    }

    private static string HugoFolder(int size, int seed) => Path.Combine(BenchFolders.Root, HugoSiteWriter.FolderName(size, seed));

    private static string HugoOutput(int size) => Path.Combine(BenchFolders.Root, string.Create(CultureInfo.InvariantCulture, $"hugo-public-{size}"));

    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];
}
