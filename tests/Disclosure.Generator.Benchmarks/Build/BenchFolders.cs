using System.Diagnostics;
using System.Globalization;
using Disclosure.Generator.Benchmarks.Corpus;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// Where the benchmarks keep their work (<c>$TMPDIR/disclosure-bench/</c>): each corpus is generated once per size
/// and seed and reused; our build of a size goes to <c>site-SIZE</c>. Also finds this repository and its CLI.
/// </summary>
internal static class BenchFolders
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "disclosure-bench");

    public static string CorpusFolder(int size, int seed) =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"corpus-{size}-seed{seed}"));

    public static string OursOutput(int size) => Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"site-{size}"));

    /// <summary>The corpus of this size and seed, generated first if no complete copy is cached.</summary>
    public static string CachedCorpus(int size, int seed, TextWriter output) => Cached(CorpusFolder(size, seed), output, root =>
        CorpusGenerator.Generate(new CorpusOptions(size, seed), root));

    /// <summary>
    /// A folder written by <paramref name="write"/> once: a <c>.complete</c> marker says it finished, so an
    /// interrupted write is started again from an empty folder.
    /// </summary>
    public static string Cached(string root, TextWriter output, Func<string, int> write)
    {
        var done = Path.Combine(root, ".complete");
        if (File.Exists(done))
        {
            return root;
        }

        OutputFolder.Delete(root);
        var clock = Stopwatch.StartNew();
        var files = write(root);
        File.WriteAllText(done, "");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {files} files in {clock.Elapsed.TotalSeconds:0.0} s: {root}"));
        return root;
    }

    /// <summary>The folder holding <c>Disclosure.Generator.sln</c>, found upwards from this program.</summary>
    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Disclosure.Generator.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? ".";
    }

    /// <summary>The Release build of the CLI in this repository.</summary>
    public static string DefaultCli() => Path.Combine(RepositoryRoot(), "generator", "bin", "Release", "net10.0", "disclosure.dll");
}
