namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes and reads a posting block's doc set, whichever of three encodings is shortest (on a tie: the list, then
/// runs, then the bitmap): encoding byte 0 and a list (the first document number, then each gap); 1 and a bitmap
/// over the bytes from the first holder's to the last's; or 2 and runs of consecutive holders (each as the skip
/// from the end of the run before it, then its length − 1). Documents are numbered by facet tuple, so a term
/// from an agency's name is a few long runs.
/// </summary>
internal static class DocumentSetEncoding
{
    /// <summary>The list encoding.</summary>
    public const byte List = 0;

    /// <summary>The bitmap encoding.</summary>
    public const byte Bitmap = 1;

    /// <summary>The runs encoding.</summary>
    public const byte Runs = 2;

    /// <summary>Writes the encoding byte and the set of <paramref name="documents"/>, which are ascending and not empty.</summary>
    public static void Write(ref GrowableBytes output, ReadOnlySpan<int> documents)
    {
        var listSize = 0;
        var runsSize = 0;
        var runCount = 0;
        var previous = 0;
        var runEnd = 0;
        for (var i = 0; i < documents.Length; i++)
        {
            var document = documents[i];
            listSize += Varint.Size((uint)(document - previous));
            previous = document;
            if (i == 0 || document != documents[i - 1] + 1)
            {
                var length = RunLength(documents, i);
                runsSize += Varint.Size((uint)(document - runEnd)) + Varint.Size((uint)(length - 1));
                runEnd = document + length;
                runCount++;
            }
        }

        runsSize += Varint.Size((uint)runCount);
        var firstByte = documents[0] / 8;
        var byteCount = (documents[^1] / 8) - firstByte + 1;
        var bitmapSize = Varint.Size((uint)firstByte) + Varint.Size((uint)byteCount) + byteCount;
        if (listSize <= runsSize && listSize <= bitmapSize)
        {
            WriteList(ref output, documents);
        }
        else if (runsSize <= bitmapSize)
        {
            WriteRuns(ref output, documents, runCount);
        }
        else
        {
            WriteBitmap(ref output, documents, firstByte, byteCount);
        }
    }

    /// <summary>Reads as many documents as <paramref name="documents"/> holds at <paramref name="position"/> and moves past them; returns the encoding used.</summary>
    public static byte Read(ReadOnlySpan<byte> block, ref int position, int[] documents)
    {
        var encoding = block[position++];
        switch (encoding)
        {
            case List:
                var document = 0;
                for (var i = 0; i < documents.Length; i++)
                {
                    document += Varint.ReadInt(block, ref position);
                    documents[i] = document;
                }

                return encoding;
            case Runs:
                ReadRuns(block, ref position, documents);
                return encoding;
            case Bitmap:
                ReadBitmap(block, ref position, documents);
                return encoding;
            default:
                throw new InvalidDataException($"unknown doc-set encoding {encoding}");
        }
    }

    private static int RunLength(ReadOnlySpan<int> documents, int start)
    {
        var end = start + 1;
        while (end < documents.Length && documents[end] == documents[end - 1] + 1)
        {
            end++;
        }

        return end - start;
    }

    private static void WriteList(ref GrowableBytes output, ReadOnlySpan<int> documents)
    {
        output.Add(List);
        var previous = 0;
        foreach (var document in documents)
        {
            output.AddVarint((uint)(document - previous));
            previous = document;
        }
    }

    private static void WriteRuns(ref GrowableBytes output, ReadOnlySpan<int> documents, int runCount)
    {
        output.Add(Runs);
        output.AddVarint((uint)runCount);
        var runEnd = 0;
        for (var i = 0; i < documents.Length;)
        {
            var length = RunLength(documents, i);
            output.AddVarint((uint)(documents[i] - runEnd));
            output.AddVarint((uint)(length - 1));
            runEnd = documents[i] + length;
            i += length;
        }
    }

    private static void WriteBitmap(ref GrowableBytes output, ReadOnlySpan<int> documents, int firstByte, int byteCount)
    {
        output.Add(Bitmap);
        output.AddVarint((uint)firstByte);
        output.AddVarint((uint)byteCount);
        var bits = output.AddZeros(byteCount);
        foreach (var document in documents)
        {
            var bit = document - (firstByte * 8);
            bits[bit >> 3] |= (byte)(1 << (bit & 7));
        }
    }

    private static void ReadRuns(ReadOnlySpan<byte> block, ref int position, int[] documents)
    {
        var runs = Varint.ReadInt(block, ref position);
        var found = 0;
        var runEnd = 0;
        for (var r = 0; r < runs; r++)
        {
            var start = runEnd + Varint.ReadInt(block, ref position);
            var length = Varint.ReadInt(block, ref position) + 1;
            if (found + length > documents.Length || (r > 0 && start == runEnd))
            {
                throw new InvalidDataException($"runs hold more documents than df {documents.Length}, or two runs touch");
            }

            for (var d = 0; d < length; d++)
            {
                documents[found++] = start + d;
            }

            runEnd = start + length;
        }

        if (found != documents.Length)
        {
            throw new InvalidDataException($"runs hold {found} documents, df says {documents.Length}");
        }
    }

    private static void ReadBitmap(ReadOnlySpan<byte> block, ref int position, int[] documents)
    {
        var firstByte = Varint.ReadInt(block, ref position);
        var byteCount = Varint.ReadInt(block, ref position);
        var found = 0;
        for (var k = 0; k < byteCount; k++)
        {
            var b = block[position + k];
            for (var j = 0; j < 8; j++)
            {
                if ((b & (1 << j)) != 0)
                {
                    if (found == documents.Length)
                    {
                        throw new InvalidDataException($"bitmap holds more documents than df {documents.Length}");
                    }

                    documents[found++] = ((firstByte + k) * 8) + j;
                }
            }
        }

        position += byteCount;
        if (found != documents.Length)
        {
            throw new InvalidDataException($"bitmap holds {found} documents, df says {documents.Length}");
        }
    }
}
