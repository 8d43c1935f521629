using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// One shard's entries sorted by their UTF-8 bytes: for a term shard, with their posting blocks back to back,
/// before the blocks are packed into a postings part; for a key shard, the finished file.
/// </summary>
internal sealed class EncodedShard
{
    private static readonly Comparer<byte[]> Utf8Order = Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b));

    private EncodedShard(byte[][] terms, int[] lengths, byte[] blocks)
    {
        Terms = terms;
        Lengths = lengths;
        Blocks = blocks;
    }

    /// <summary>The terms or keys, UTF-8, in byte order.</summary>
    public IReadOnlyList<byte[]> Terms { get; }

    /// <summary>Each term's block length (empty for a key shard).</summary>
    public IReadOnlyList<int> Lengths { get; }

    /// <summary>All the blocks in entry order, or the key shard's file.</summary>
    public byte[] Blocks { get; }

    /// <summary>Sorts the terms of one shard and encodes their blocks.</summary>
    public static EncodedShard EncodeTerms(List<PostingSource> sources)
    {
        var (terms, order) = Sorted(sources);
        var lengths = new int[terms.Length];
        var blocks = default(GrowableBytes);
        var block = default(GrowableBytes);
        for (var i = 0; i < order.Length; i++)
        {
            block.Clear();
            sources[order[i]].WriteBlock(ref block);
            var packed = block.Length > PostingBlock.SmallestCompressed ? IndexFiles.Gzip(block.Span) : null;
            if (packed is not null && packed.Length < block.Length)
            {
                blocks.AddRange(packed);
                lengths[i] = packed.Length;
            }
            else
            {
                blocks.AddRange(block.Span);
                lengths[i] = block.Length;
            }
        }

        return new EncodedShard(terms, lengths, blocks.ToArray());
    }

    /// <summary>Sorts the keys of one shard and writes the shard file (<see cref="KeyShard"/>).</summary>
    public static EncodedShard EncodeKeys(List<PostingSource> sources)
    {
        var (keys, order) = Sorted(sources);
        var file = keys.Length == 0 ? [] : KeyShard.Write(keys, (int i, ref GrowableBytes output) => sources[order[i]].WriteKeyDocuments(ref output));
        return new EncodedShard(keys, [], file);
    }

    private static (byte[][] Terms, int[] Order) Sorted(List<PostingSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var terms = new byte[sources.Count][];
        var order = new int[sources.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = Encoding.UTF8.GetBytes(sources[i].Term);
            order[i] = i;
        }

        Array.Sort(terms, order, Utf8Order);
        return (terms, order);
    }
}
