using System.Globalization;
using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// What each benchmark query reads from a built index, as the C# reference query (parity-tested against the
/// browser client) reports it: every whole file and byte range, with its size. It explains the bytes and requests
/// that <c>search</c> measures in the browser, without a browser.
/// </summary>
internal static class IndexReadReport
{
    public static int Run(string indexFolder, TextWriter output)
    {
        if (!File.Exists(Path.Combine(indexFolder, "manifest.json")))
        {
            output.WriteLine($"no manifest.json in {indexFolder}");
            return 2;
        }

        var query = new SearchQuery(path => File.ReadAllBytes(Path.Combine(indexFolder, path)));
        foreach (var bench in BenchQueries.All)
        {
            var result = query.Run(bench.Text);
            var bytes = result.Reads.Sum(r => r.Length);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{bench.Text} ({bench.Kind}): {result.Total} found, {result.Reads.Count} reads, {bytes / 1024.0:0.0} KB"));
            foreach (var group in result.Reads.GroupBy(r => Kind(r.Path)))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {group.Key,-9} {group.Count(),3} reads {group.Sum(r => r.Length) / 1024.0,8:0.0} KB   {string.Join(' ', group.Select(r => r.Length))}"));
            }
        }

        return 0;
    }

    private static string Kind(string path) =>
        path.StartsWith("terms/", StringComparison.Ordinal) ? "terms"
        : path.StartsWith("postings/", StringComparison.Ordinal) ? "postings"
        : path.StartsWith("keys/", StringComparison.Ordinal) ? "keys"
        : path.StartsWith("docs/", StringComparison.Ordinal) ? "records"
        : "other";
}
