using System.Buffers.Binary;
using System.Globalization;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes the document records: part p holds documents p × docsPerPart onwards as <see cref="DocumentRecord"/>
/// JSON, back to back, and the offsets file holds, per part in order, count + 1 little-endian uint32 offsets
/// into it (the last is its length), so a client reads any record with two small range requests.
/// </summary>
internal static class DocumentStore
{
    /// <summary>Writes the parts and the offsets file; returns their paths.</summary>
    public static (IReadOnlyList<string> Parts, string Offsets) Write(IReadOnlyList<SearchDocument> documents, int docsPerPart, CountingWriter output)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var count = SearchIndexPlan.DocumentParts(documents.Count, docsPerPart);
        var parts = new byte[count][];
        var offsets = new uint[count][];
        Parallel.For(0, count, p =>
        {
            var start = p * docsPerPart;
            var end = Math.Min(documents.Count, start + docsPerPart);
            using var part = new MemoryStream();
            offsets[p] = new uint[end - start + 1];
            for (var n = start; n < end; n++)
            {
                DocumentRecord.Of(documents[n]).WriteTo(part);
                offsets[p][n - start + 1] = checked((uint)part.Length);
            }

            parts[p] = part.ToArray();
        });

        var names = new string[count];
        var table = default(GrowableBytes);
        Span<byte> uint32 = stackalloc byte[4];
        for (var p = 0; p < count; p++)
        {
            names[p] = output.Write(IndexFiles.Name("docs/" + p.ToString(CultureInfo.InvariantCulture), parts[p]), parts[p]);
            parts[p] = [];
            foreach (var offset in offsets[p])
            {
                BinaryPrimitives.WriteUInt32LittleEndian(uint32, offset);
                table.AddRange(uint32);
            }
        }

        var bytes = table.ToArray();
        return (names, output.Write(IndexFiles.Name("docs/offsets", bytes), bytes));
    }
}
