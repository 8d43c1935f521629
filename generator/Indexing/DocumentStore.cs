using System.Globalization;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes the document records: part p holds documents p × docsPerPart onwards, each in a slot of
/// <see cref="SearchRanking.RecordBytes"/> bytes (<see cref="DocumentRecord.Fit"/>, padded with spaces, which JSON
/// ignores), so a client reads document n's record with one range request and no offsets to look up first.
/// Parts are filled in parallel a wave at a time and written in order.
/// </summary>
internal static class DocumentStore
{
    /// <summary>Writes the parts; returns their paths.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<SearchDocument> documents, int docsPerPart, CountingWriter output)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var count = SearchIndexPlan.DocumentParts(documents.Count, docsPerPart);
        var names = new string[count];
        var wave = Math.Max(2, Environment.ProcessorCount);
        for (var start = 0; start < count; start += wave)
        {
            var parts = new byte[Math.Min(wave, count - start)][];
            Parallel.For(0, parts.Length, i => parts[i] = Part(documents, (start + i) * docsPerPart, docsPerPart));
            for (var i = 0; i < parts.Length; i++)
            {
                names[start + i] = output.Write(IndexFiles.Name("docs/" + (start + i).ToString(CultureInfo.InvariantCulture), parts[i]), parts[i]);
            }
        }

        return names;
    }

    private static byte[] Part(IReadOnlyList<SearchDocument> documents, int start, int docsPerPart)
    {
        const int Slot = SearchRanking.RecordBytes;
        var end = Math.Min(documents.Count, start + docsPerPart);
        var part = new byte[(end - start) * Slot];
        part.AsSpan().Fill((byte)' ');
        for (var n = start; n < end; n++)
        {
            DocumentRecord.Of(documents[n]).Fit(Slot).CopyTo(part.AsSpan((n - start) * Slot));
        }

        return part;
    }
}
