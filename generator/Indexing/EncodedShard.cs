using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// One dictionary shard's entries sorted by their UTF-8 bytes, with their posting blocks back to back, before
/// the blocks are packed into postings parts.
/// </summary>
internal sealed class EncodedShard
{
    private static readonly Comparer<byte[]> Utf8Order = Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b));
    private readonly int[] _ends;

    private EncodedShard(byte[][] terms, int[] dfs, int[] ends, byte[] blocks)
    {
        Terms = terms;
        Dfs = dfs;
        _ends = ends;
        Blocks = blocks;
    }

    /// <summary>The terms and keys, UTF-8, in byte order.</summary>
    public IReadOnlyList<byte[]> Terms { get; }

    /// <summary>Each entry's document frequency.</summary>
    public IReadOnlyList<int> Dfs { get; }

    /// <summary>All the blocks, in entry order.</summary>
    public byte[] Blocks { get; }

    /// <summary>Entry <paramref name="i"/>'s block as a range of <see cref="Blocks"/>.</summary>
    public (int Start, int Length) Block(int i)
    {
        var start = i == 0 ? 0 : _ends[i - 1];
        return (start, _ends[i] - start);
    }

    /// <summary>Sorts and encodes the entries of one shard.</summary>
    public static EncodedShard Encode(List<PostingSource> sources)
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
        var dfs = new int[terms.Length];
        var ends = new int[terms.Length];
        var blocks = default(GrowableBytes);
        for (var i = 0; i < order.Length; i++)
        {
            var source = sources[order[i]];
            dfs[i] = source.Df;
            source.WriteBlock(ref blocks);
            ends[i] = blocks.Length;
        }

        return new EncodedShard(terms, dfs, ends, blocks.ToArray());
    }
}
