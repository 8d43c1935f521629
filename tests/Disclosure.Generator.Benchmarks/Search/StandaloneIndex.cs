using System.Diagnostics;
using System.Globalization;
using Disclosure.Generator.Benchmarks.Build;
using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Our index builder on its own, measured as Pagefind and lunr.js are: a child process that reads the exported
/// pages (<see cref="DocumentExport"/>, the same visible text of every page that they index) and writes the index,
/// under <c>/usr/bin/time -v</c> for its peak memory. Inside a site build the builder shares the process with the
/// loaded site, so the build's peak says little about the index; this says what the index alone needs. The pages'
/// visible text is more than the build indexes for a decision (its fields and full text), so this errs high. Pages
/// carry no facets or exact keys here; a page's kind is its first path segment.
/// </summary>
internal static class StandaloneIndex
{
    /// <summary>Exports the pages of the built site of each size when not exported yet, then builds the index from them in a child process.</summary>
    public static int Run(IReadOnlyList<int> sizes, TextWriter output)
    {
        foreach (var size in sizes)
        {
            var site = BenchFolders.OursOutput(size);
            var bench = Path.Combine(BenchFolders.Root, string.Create(CultureInfo.InvariantCulture, $"search-{size}"));
            var documents = Path.Combine(bench, "documents.jsonl");
            if (!File.Exists(documents))
            {
                if (!Directory.Exists(site))
                {
                    output.WriteLine($"{size}: no built site at {site}; run 'search --sizes {size}' first");
                    return 2;
                }

                Directory.CreateDirectory(bench);
                var clock = Stopwatch.StartNew();
                var pages = DocumentExport.Write(site, documents);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size}: exported {pages} pages in {clock.Elapsed.TotalSeconds:0.0} s"));
            }

            var index = Path.Combine(bench, "standalone-index");
            var arguments = new[] { typeof(StandaloneIndex).Assembly.Location, "search-index-child", "--documents", documents, "--out", index };
            var run = TimedProcess.Run("dotnet", arguments);
            output.WriteLine(run.StandardOutput.Trim());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size}: standalone index build {run.Wall.TotalSeconds:0.0} s wall (process), peak RSS {run.PeakResidentKilobytes / 1024} MB, exit {run.ExitCode}"));
            output.WriteLine("  command: " + TimedProcess.Describe("dotnet", arguments));
            if (run.ExitCode != 0)
            {
                output.WriteLine(run.StandardError);
                return 1;
            }
        }

        return 0;
    }

    /// <summary>The child: reads the pages, builds, writes the files; prints what it wrote and how long the build took.</summary>
    public static int Child(string documents, string folder, TextWriter output)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var read = Stopwatch.StartNew();
        var pages = DocumentExport.ReadAll(documents).Select(ToSearchDocument).ToList();
        read.Stop();
        var clock = Stopwatch.StartNew();
        var result = SearchIndexBuilder.Build(pages, (path, bytes) =>
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {pages.Count} pages in {read.Elapsed.TotalSeconds:0.0} s; built and wrote {result.Files} files, {result.Bytes / 1048576.0:0.0} MB, in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static SearchDocument ToSearchDocument(BenchDocument page) =>
        new(page.Url, page.Url, page.Title, page.Url.Split('/')[0], "", "", null, "", page.Text, []);
}
