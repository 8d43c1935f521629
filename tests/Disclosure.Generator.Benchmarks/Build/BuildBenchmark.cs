using System.Diagnostics;
using System.Globalization;
using Disclosure.Generator.Benchmarks.Corpus;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Generates (once, cached in the temp folder by size and seed) and builds each corpus size with the real
/// CLI as a child process under <c>/usr/bin/time -v</c>, then prints a Markdown table.
/// </summary>
internal static class BuildBenchmark
{
    public static int Run(IReadOnlyList<int> sizes, int runs, int seed, string? cli, TextWriter output)
    {
        cli ??= DefaultCli();
        if (!File.Exists(cli))
        {
            output.WriteLine($"{cli} not found: run 'dotnet build generator -c Release' first, or pass --cli.");
            return 2;
        }

        var results = new List<BuildMeasurement>();
        foreach (var size in sizes)
        {
            var site = CachedCorpus(size, seed, output);
            var records = Directory.EnumerateFiles(Path.Combine(site, "content"), "*", SearchOption.AllDirectories).Count();
            for (var run = 0; run < runs; run++)
            {
                var measurement = ChildBuild.Measure(cli, site, size, records);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} decisions, run {run + 1}: {measurement.Wall.TotalSeconds:0.00} s, exit {measurement.ExitCode}"));
                results.Add(measurement);
            }
        }

        output.WriteLine();
        output.Write(BenchmarkTable.Format(results));
        return results.All(r => r.ExitCode == 0) ? 0 : 1;
    }

    private static string CachedCorpus(int size, int seed, TextWriter output)
    {
        var root = Path.Combine(Path.GetTempPath(), "disclosure-bench", string.Create(CultureInfo.InvariantCulture, $"corpus-{size}-seed{seed}"));
        var done = Path.Combine(root, ".complete");
        if (File.Exists(done))
        {
            return root;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        var files = CorpusGenerator.Generate(new CorpusOptions(size, seed), root);
        File.WriteAllText(done, "");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {files} files for {size} decisions in {clock.Elapsed.TotalSeconds:0.0} s: {root}"));
        return root;
    }

    private static string DefaultCli()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Disclosure.Generator.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? ".", "generator", "bin", "Release", "net10.0", "disclosure.dll");
    }
}
