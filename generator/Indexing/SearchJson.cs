using System.Globalization;
using System.IO.Hashing;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>Compact JSON for index files, and their content-hashed names.</summary>
internal static class SearchJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Chinese text stays readable and about a third smaller than \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Runs a writer over a fresh buffer and returns the UTF-8 bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// <c>folder/index.hash.json</c>, where hash is the XxHash64 of the content in 16 lower-case hex digits,
    /// so a changed shard gets a new name and caches never serve a stale one.
    /// </summary>
    public static string FileName(string folder, int index, byte[] content) =>
        string.Create(CultureInfo.InvariantCulture, $"{folder}/{index}.{XxHash64.HashToUInt64(content):x16}.json");
}
