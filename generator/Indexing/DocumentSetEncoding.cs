namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes and reads a posting block's doc set: encoding byte 0 and a list (the first document number, then each
/// gap), or encoding byte 1 and a bitmap over the bytes from the first holder's to the last's, whichever is
/// shorter (the list on a tie).
/// </summary>
internal static class DocumentSetEncoding
{
    /// <summary>The list encoding.</summary>
    public const byte List = 0;

    /// <summary>The bitmap encoding.</summary>
    public const byte Bitmap = 1;

    /// <summary>Writes the encoding byte and the set of <paramref name="documents"/>, which are ascending and not empty.</summary>
    public static void Write(ref GrowableBytes output, ReadOnlySpan<int> documents)
    {
        var listSize = 0;
        var previous = 0;
        foreach (var document in documents)
        {
            listSize += Varint.Size((uint)(document - previous));
            previous = document;
        }

        var firstByte = documents[0] / 8;
        var byteCount = (documents[^1] / 8) - firstByte + 1;
        var bitmapSize = Varint.Size((uint)firstByte) + Varint.Size((uint)byteCount) + byteCount;
        if (listSize <= bitmapSize)
        {
            output.Add(List);
            previous = 0;
            foreach (var document in documents)
            {
                output.AddVarint((uint)(document - previous));
                previous = document;
            }

            return;
        }

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

    /// <summary>Reads as many documents as <paramref name="documents"/> holds at <paramref name="position"/> and moves past them; returns the encoding used.</summary>
    public static byte Read(ReadOnlySpan<byte> block, ref int position, int[] documents)
    {
        var encoding = block[position++];
        if (encoding == List)
        {
            var document = 0;
            for (var i = 0; i < documents.Length; i++)
            {
                document += Varint.ReadInt(block, ref position);
                documents[i] = document;
            }

            return encoding;
        }

        if (encoding != Bitmap)
        {
            throw new InvalidDataException($"unknown doc-set encoding {encoding}");
        }

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
        return found == documents.Length ? encoding : throw new InvalidDataException($"bitmap holds {found} documents, df says {documents.Length}");
    }
}
