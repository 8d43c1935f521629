namespace Disclosure.Generator.Indexing;

/// <summary>A champion's stored positions in a posting block: a varint count, then the first position and each gap.</summary>
internal static class ChampionPositions
{
    /// <summary>Writes ascending <paramref name="positions"/>.</summary>
    public static void Write(ref GrowableBytes output, ReadOnlySpan<int> positions)
    {
        output.AddVarint((uint)positions.Length);
        var previous = 0;
        foreach (var position in positions)
        {
            output.AddVarint((uint)(position - previous));
            previous = position;
        }
    }

    /// <summary>Reads positions at <paramref name="offset"/> and moves past them.</summary>
    public static int[] Read(ReadOnlySpan<byte> block, ref int offset)
    {
        var positions = new int[Varint.ReadInt(block, ref offset)];
        var position = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            position += Varint.ReadInt(block, ref offset);
            positions[i] = position;
        }

        return positions;
    }

    /// <summary>Moves <paramref name="offset"/> past one champion's positions, putting them in <paramref name="positions"/>; returns how many.</summary>
    public static int Read(ReadOnlySpan<byte> block, ref int offset, Span<int> positions)
    {
        var count = Varint.ReadInt(block, ref offset);
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            position += Varint.ReadInt(block, ref offset);
            positions[i] = position;
        }

        return count;
    }
}
