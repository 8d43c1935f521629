namespace Disclosure.Generator.Indexing;

/// <summary>
/// The facet file: documents 0…N−1 as runs of consecutive numbers sharing one facet tuple, so the client can
/// filter and count matches by facet from one small download. Gzip over <c>varint runCount</c>, then per run
/// <c>varint length</c> and the five tuple values (value index + 1, 0 for none).
/// </summary>
internal sealed class FacetRuns
{
    private static readonly int Width = Enum.GetValues<SearchFacet>().Length;
    private readonly int[] _starts;
    private readonly int[] _tuples;

    private FacetRuns(int[] starts, int[] tuples)
    {
        _starts = starts;
        _tuples = tuples;
    }

    /// <summary>The compressed facet file of the documents in <paramref name="table"/>.</summary>
    public static byte[] Write(FacetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var runs = new List<(int Start, int Length)>();
        for (var n = 0; n < table.Documents.Count; n++)
        {
            if (runs.Count > 0 && table.Tuple(n).SequenceEqual(table.Tuple(runs[^1].Start)))
            {
                runs[^1] = (runs[^1].Start, runs[^1].Length + 1);
            }
            else
            {
                runs.Add((n, 1));
            }
        }

        var bytes = default(GrowableBytes);
        bytes.AddVarint((uint)runs.Count);
        foreach (var (start, length) in runs)
        {
            bytes.AddVarint((uint)length);
            foreach (var value in table.Tuple(start))
            {
                bytes.AddVarint((uint)value);
            }
        }

        return IndexFiles.Gzip(bytes.Span);
    }

    /// <summary>Reads a facet file.</summary>
    public static FacetRuns Read(byte[] file)
    {
        var bytes = IndexFiles.Gunzip(file);
        var position = 0;
        var count = Varint.ReadInt(bytes, ref position);
        var starts = new int[count + 1];
        var tuples = new int[count * Width];
        for (var r = 0; r < count; r++)
        {
            starts[r + 1] = starts[r] + Varint.ReadInt(bytes, ref position);
            for (var f = 0; f < Width; f++)
            {
                tuples[(r * Width) + f] = Varint.ReadInt(bytes, ref position);
            }
        }

        return new FacetRuns(starts, tuples);
    }

    /// <summary>Document n's value index + 1 for <paramref name="facet"/>, 0 for none.</summary>
    public int Value(int document, SearchFacet facet)
    {
        var run = Array.BinarySearch(_starts, document);
        if (run < 0)
        {
            run = ~run - 1;
        }

        return run < _starts.Length - 1 ? _tuples[(run * Width) + (int)facet] : throw new ArgumentOutOfRangeException(nameof(document));
    }
}
