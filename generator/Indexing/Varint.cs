namespace Disclosure.Generator.Indexing;

/// <summary>
/// Unsigned LEB128, the index's variable-length integer: 7 bits per byte, low group first, the high bit set on
/// every byte but the last. Values are 32-bit so the JavaScript client can read them with plain arithmetic.
/// </summary>
internal static class Varint
{
    /// <summary>Most bytes one value takes.</summary>
    public const int MaxBytes = 5;

    /// <summary>Bytes <paramref name="value"/> takes.</summary>
    public static int Size(uint value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/> and returns the bytes used.</summary>
    public static int Write(Span<byte> destination, uint value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    /// <summary>Reads a value at <paramref name="position"/> and moves past it.</summary>
    public static uint Read(ReadOnlySpan<byte> source, ref int position)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = source[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a varint is longer than 5 bytes");
    }

    /// <summary>Reads a value that must fit an <see cref="int"/>.</summary>
    public static int ReadInt(ReadOnlySpan<byte> source, ref int position)
    {
        var value = Read(source, ref position);
        return value <= int.MaxValue ? (int)value : throw new InvalidDataException($"index value {value} is out of range");
    }
}
