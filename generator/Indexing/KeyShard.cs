using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// A key shard file: gzip over <c>varint count</c>, then per entry the key (varint UTF-8 length and bytes),
/// <c>varint df</c> and its documents (the first number, then each gap), sorted by the key's UTF-8 bytes. A key
/// names one record or organisation, so its documents are few and sit in the shard itself: a look-up by
/// document number, credit code, certificate number or organisation name needs no posting block.
/// </summary>
internal static class KeyShard
{
    /// <summary>One key and the documents holding it, ascending.</summary>
    internal sealed record Entry(string Key, IReadOnlyList<int> Documents);

    /// <summary>
    /// The compressed shard of <paramref name="keys"/> (UTF-8, sorted by their bytes); <paramref name="write"/>
    /// appends key i's <c>varint df</c> and gap-encoded documents.
    /// </summary>
    public static byte[] Write(IReadOnlyList<byte[]> keys, WriteDocuments write)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(write);
        var bytes = default(GrowableBytes);
        bytes.AddVarint((uint)keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            bytes.AddString(keys[i]);
            write(i, ref bytes);
        }

        return IndexFiles.Gzip(bytes.Span);
    }

    /// <summary>Reads a compressed shard.</summary>
    public static IReadOnlyList<Entry> Read(byte[] file)
    {
        var bytes = IndexFiles.Gunzip(file);
        var position = 0;
        var entries = new Entry[Varint.ReadInt(bytes, ref position)];
        for (var i = 0; i < entries.Length; i++)
        {
            var length = Varint.ReadInt(bytes, ref position);
            var key = Encoding.UTF8.GetString(bytes, position, length);
            position += length;
            var documents = new int[Varint.ReadInt(bytes, ref position)];
            var document = 0;
            for (var d = 0; d < documents.Length; d++)
            {
                document += Varint.ReadInt(bytes, ref position);
                documents[d] = document;
            }

            entries[i] = new Entry(key, documents);
        }

        return position == bytes.Length ? entries : throw new InvalidDataException($"key shard has {bytes.Length - position} bytes left over");
    }

    /// <summary>Appends a key's document count and gap-encoded documents.</summary>
    internal delegate void WriteDocuments(int key, ref GrowableBytes output);
}
