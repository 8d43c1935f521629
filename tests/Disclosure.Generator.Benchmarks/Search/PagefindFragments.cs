using System.IO.Compression;
using System.Text.Json;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Maps Pagefind's result ids (page hashes) to page URLs by reading its fragment files once: each is gzip,
/// then the signature <c>pagefind_dcd</c>, then JSON, either one page (<c>{"url":…}</c>, named by its hash) or,
/// past <c>--max-fragments</c>, a group (<c>{"hash": {"url":…}, …}</c>). The browser then only has to return
/// ids, not load a fragment for each of thousands of results.
/// </summary>
internal static class PagefindFragments
{
    private const string Signature = "pagefind_dcd";

    public static Dictionary<string, string> Urls(string bundle)
    {
        var folder = Path.Combine(bundle, "fragment");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.pf_fragment") : [];
        var pairs = files.AsParallel().SelectMany(Read).ToList();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, url) in pairs)
        {
            urls[id] = url;
        }

        return urls;
    }

    private static List<(string Id, string Url)> Read(string file)
    {
        using var input = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        input.CopyTo(bytes);
        var json = bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
        if (json.Length >= Signature.Length && System.Text.Encoding.ASCII.GetString(json.Span[..Signature.Length]) == Signature)
        {
            json = json[Signature.Length..];
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
        {
            return [(Path.GetFileNameWithoutExtension(file), Trim(url.GetString()))];
        }

        return [.. root.EnumerateObject().Select(p => (p.Name, Trim(p.Value.GetProperty("url").GetString())))];
    }

    private static string Trim(string? url) => (url ?? "").TrimStart('/');
}
