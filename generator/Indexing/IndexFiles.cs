using System.IO.Compression;
using System.IO.Hashing;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// How index files are named and compressed: <c>stem.HASH16.bin</c>, where HASH16 is the first 16 lower-case hex
/// digits of the XxHash128 of the bytes as written (so a changed file gets a new name and may be cached for
/// ever), and gzip at <see cref="CompressionLevel.Optimal"/>, which gives the same bytes for the same input.
/// </summary>
internal static class IndexFiles
{
    /// <summary>The content-hashed name of a file, such as <c>terms/3.0123456789abcdef.bin</c> for stem <c>terms/3</c>.</summary>
    public static string Name(string stem, ReadOnlySpan<byte> content) =>
        stem + "." + Convert.ToHexStringLower(XxHash128.Hash(content), 0, 8) + ".bin";

    /// <summary>Gzip-compressed bytes.</summary>
    public static byte[] Gzip(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>Decompressed bytes.</summary>
    public static byte[] Gunzip(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
