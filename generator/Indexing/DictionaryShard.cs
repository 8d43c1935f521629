using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// A term shard file: gzip over <c>varint count</c>, then (when count &gt; 0) <c>varint part, varint offset</c>,
/// then per entry the term (varint UTF-8 length and bytes) and its block's length, sorted by the term's UTF-8
/// bytes. The blocks lie back to back in entry order from <c>offset</c> in postings part <c>part</c>. A term
/// belongs to shard <see cref="SearchHash.Shard"/>.
/// </summary>
internal static class DictionaryShard
{
    /// <summary>The compressed shard of <paramref name="terms"/> (UTF-8, sorted by their bytes) whose blocks start at <paramref name="first"/>.</summary>
    public static byte[] Write(IReadOnlyList<byte[]> terms, IReadOnlyList<int> lengths, PostingLocation first)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(lengths);
        var bytes = default(GrowableBytes);
        bytes.AddVarint((uint)terms.Count);
        if (terms.Count > 0)
        {
            bytes.AddVarint((uint)first.Part);
            bytes.AddVarint((uint)first.Offset);
        }

        for (var i = 0; i < terms.Count; i++)
        {
            bytes.AddString(terms[i]);
            bytes.AddVarint((uint)lengths[i]);
        }

        return IndexFiles.Gzip(bytes.Span);
    }

    /// <summary>Reads a compressed shard.</summary>
    public static IReadOnlyList<DictionaryEntry> Read(byte[] file)
    {
        var bytes = IndexFiles.Gunzip(file);
        var position = 0;
        var entries = new DictionaryEntry[Varint.ReadInt(bytes, ref position)];
        if (entries.Length == 0)
        {
            return entries;
        }

        var part = Varint.ReadInt(bytes, ref position);
        var offset = Varint.ReadInt(bytes, ref position);
        for (var i = 0; i < entries.Length; i++)
        {
            var length = Varint.ReadInt(bytes, ref position);
            var term = Encoding.UTF8.GetString(bytes, position, length);
            position += length;
            var blockLength = Varint.ReadInt(bytes, ref position);
            entries[i] = new DictionaryEntry(term, new PostingLocation(part, offset, blockLength));
            offset += blockLength;
        }

        return position == bytes.Length ? entries : throw new InvalidDataException($"term shard has {bytes.Length - position} bytes left over");
    }
}
