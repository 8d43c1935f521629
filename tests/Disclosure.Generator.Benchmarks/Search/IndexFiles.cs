using System.IO.Compression;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Measures the index data in a folder. "Transferred" is each file gzip-compressed as a server would send it,
/// or as stored when that is smaller or the file is gzip already (our dictionary shards, Pagefind's chunks).
/// </summary>
internal static class IndexFiles
{
    /// <summary>The files under <paramref name="folder"/> whose relative path ('/' separators) passes <paramref name="isIndexData"/>.</summary>
    public static IndexSize Measure(string folder, Func<string, bool> isIndexData)
    {
        if (!Directory.Exists(folder))
        {
            return IndexSize.None;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => isIndexData(Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')))
            .ToList();
        var sizes = files.AsParallel().Select(f => (Bytes: new FileInfo(f).Length, Transferred: Transferred(f))).ToList();
        return new IndexSize(sizes.Sum(s => s.Bytes), sizes.Sum(s => s.Transferred), sizes.Count);
    }

    private static long Transferred(string file)
    {
        using var input = File.OpenRead(file);
        var magic = new byte[2];
        if (input.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            return input.Length;
        }

        input.Position = 0;
        var counter = new ByteCounter();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        {
            input.CopyTo(gzip);
        }

        return Math.Min(counter.Length, input.Length);
    }
}
