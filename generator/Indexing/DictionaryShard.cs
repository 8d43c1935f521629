using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// A dictionary shard file: gzip over <c>varint count</c>, then per entry the term (varint UTF-8 length and bytes)
/// and its <see cref="PostingLocation"/> as four varints (df, part, offset, length), sorted by the term's UTF-8
/// bytes. A term or key belongs to shard <see cref="SearchHash.Shard"/>.
/// </summary>
internal static class DictionaryShard
{
    /// <summary>The compressed shard of <paramref name="terms"/> (UTF-8, sorted by their bytes) and their blocks.</summary>
    public static byte[] Write(IReadOnlyList<byte[]> terms, IReadOnlyList<PostingLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(locations);
        var bytes = default(GrowableBytes);
        bytes.AddVarint((uint)terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            var location = locations[i];
            bytes.AddString(terms[i]);
            bytes.AddVarint((uint)location.Df);
            bytes.AddVarint((uint)location.Part);
            bytes.AddVarint((uint)location.Offset);
            bytes.AddVarint((uint)location.Length);
        }

        return IndexFiles.Gzip(bytes.Span);
    }

    /// <summary>Reads a compressed shard.</summary>
    public static IReadOnlyList<DictionaryEntry> Read(byte[] file)
    {
        var bytes = IndexFiles.Gunzip(file);
        var position = 0;
        var entries = new DictionaryEntry[Varint.ReadInt(bytes, ref position)];
        for (var i = 0; i < entries.Length; i++)
        {
            var length = Varint.ReadInt(bytes, ref position);
            var term = Encoding.UTF8.GetString(bytes, position, length);
            position += length;
            entries[i] = new DictionaryEntry(term, new PostingLocation(
                Varint.ReadInt(bytes, ref position),
                Varint.ReadInt(bytes, ref position),
                Varint.ReadInt(bytes, ref position),
                Varint.ReadInt(bytes, ref position)));
        }

        return entries;
    }
}
