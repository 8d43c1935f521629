using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes the document records: part p holds documents p × docsPerPart onwards as <see cref="DocumentRecord"/>
/// JSON, back to back, and the offsets file holds, per part in order, count + 1 little-endian uint32 offsets
/// into it (the last is its length), so a client reads any record with two small range requests. Parts are
/// serialised in parallel a wave at a time and written in order.
/// </summary>
internal static class DocumentStore
{
    /// <summary>Writes the parts and the offsets file; returns their paths.</summary>
    public static (IReadOnlyList<string> Parts, string Offsets) Write(IReadOnlyList<SearchDocument> documents, int docsPerPart, CountingWriter output)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var count = SearchIndexPlan.DocumentParts(documents.Count, docsPerPart);
        var names = new string[count];
        var table = default(GrowableBytes);
        var wave = Math.Max(2, Environment.ProcessorCount);
        for (var start = 0; start < count; start += wave)
        {
            var parts = new (byte[] Bytes, uint[] Offsets)[Math.Min(wave, count - start)];
            Parallel.For(0, parts.Length, i => parts[i] = Part(documents, (start + i) * docsPerPart, docsPerPart));
            for (var i = 0; i < parts.Length; i++)
            {
                var (bytes, offsets) = parts[i];
                names[start + i] = output.Write(IndexFiles.Name("docs/" + (start + i).ToString(CultureInfo.InvariantCulture), bytes), bytes);
                foreach (var offset in offsets)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(table.AddZeros(4), offset);
                }
            }
        }

        var offsetsFile = table.ToArray();
        return (names, output.Write(IndexFiles.Name("docs/offsets", offsetsFile), offsetsFile));
    }

    private static (byte[] Bytes, uint[] Offsets) Part(IReadOnlyList<SearchDocument> documents, int start, int docsPerPart)
    {
        var end = Math.Min(documents.Count, start + docsPerPart);
        // Sized for Chinese text (3 UTF-8 bytes a character), so the buffer rarely grows by copying.
        var estimate = 0L;
        for (var n = start; n < end; n++)
        {
            var d = documents[n];
            estimate += 3L * (d.Id.Length + d.Url.Length + d.Title.Length + Math.Min(d.Body.Length, SearchRanking.SnippetLength)) + 16;
        }

        var part = new ArrayBufferWriter<byte>((int)Math.Min(estimate, Array.MaxLength));
        using var json = new Utf8JsonWriter(part, DocumentRecord.Options);
        var offsets = new uint[end - start + 1];
        for (var n = start; n < end; n++)
        {
            // One writer for the part: each record is a root value of its own.
            json.Reset();
            DocumentRecord.Of(documents[n]).WriteTo(json);
            json.Flush();
            offsets[n - start + 1] = checked((uint)part.WrittenCount);
        }

        return (part.WrittenSpan.ToArray(), offsets);
    }
}
