namespace Disclosure.Generator.Indexing;

/// <summary>
/// A decoded posting block: <c>varint df</c>, the doc set (<see cref="DocumentSetEncoding"/>),
/// <c>varint championCount</c>, the champions (gap, impact byte, <see cref="ChampionPositions"/>) and the tail
/// impact byte, the impact of a holder that is not a champion.
/// </summary>
/// <param name="Encoding">How the doc set was stored: <see cref="DocumentSetEncoding.List"/> or <see cref="DocumentSetEncoding.Bitmap"/>.</param>
/// <param name="Documents">Every holder, ascending.</param>
/// <param name="Champions">The champions, in document order.</param>
/// <param name="TailImpact">Impact of a holder that is not a champion; 0 when there is none.</param>
internal sealed record PostingBlock(byte Encoding, IReadOnlyList<int> Documents, IReadOnlyList<Champion> Champions, byte TailImpact)
{
    /// <summary>A block longer than this many bytes is stored gzip-compressed when that is shorter.</summary>
    public const int SmallestCompressed = 64;

    /// <summary>Decodes one block as stored: gzip-compressed (it starts with 1f 8b, which no plain block can) or plain.</summary>
    public static PostingBlock Read(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return ReadPlain(stored.Length > 1 && stored[0] == 0x1f && stored[1] == 0x8b ? IndexFiles.Gunzip(stored) : stored);
    }

    // A plain block cannot start 1f 8b: df 31 is the one-byte varint 1f, and the encoding byte after it is 0, 1 or 2.
    private static PostingBlock ReadPlain(ReadOnlySpan<byte> block)
    {
        var position = 0;
        var documents = new int[Varint.ReadInt(block, ref position)];
        var encoding = DocumentSetEncoding.Read(block, ref position, documents);
        var champions = new Champion[Varint.ReadInt(block, ref position)];
        var document = 0;
        for (var i = 0; i < champions.Length; i++)
        {
            document += Varint.ReadInt(block, ref position);
            var impact = block[position++];
            champions[i] = new Champion(document, impact, ChampionPositions.Read(block, ref position));
        }

        var tail = block[position++];
        return position == block.Length ? new PostingBlock(encoding, documents, champions, tail)
            : throw new InvalidDataException($"posting block has {block.Length - position} bytes left over");
    }
}
