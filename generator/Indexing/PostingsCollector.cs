namespace Disclosure.Generator.Indexing;

/// <summary>
/// Gathers every term's and key's postings from the documents in index order. Documents are tokenised in
/// parallel batches; then each of <see cref="PartitionCount"/> term partitions and as many key partitions adds
/// the batch's terms or keys that fall in it, on its own thread and in document order, so every list stays
/// ascending and the result does not depend on the thread count. A term's partition is its shard hash
/// (<see cref="SearchHash"/>) modulo <see cref="PartitionCount"/>; shard counts are powers of two too, so each
/// dictionary shard draws on whole partitions, and a partition can be released once its shards are written.
/// </summary>
internal sealed class PostingsCollector
{
    /// <summary>Term partitions (and key partitions).</summary>
    public const int PartitionCount = 16;

    // Small batches: a batch's tokens die before the garbage collector promotes them (512 made it 3 times slower).
    private const int Batch = 128;
    private readonly PostingsPartition?[] _partitions;

    private PostingsCollector(int maxChampions)
    {
        _partitions = new PostingsPartition[2 * PartitionCount];
        for (var p = 0; p < _partitions.Length; p++)
        {
            _partitions[p] = new PostingsPartition(maxChampions, keys: p >= PartitionCount);
        }
    }

    /// <summary>Number of distinct terms.</summary>
    public long Terms => _partitions.Take(PartitionCount).Sum(p => (long)(p?.Count ?? 0));

    /// <summary>Number of distinct keys.</summary>
    public long Keys => _partitions.Skip(PartitionCount).Sum(p => (long)(p?.Count ?? 0));

    /// <summary>Collects the postings of <paramref name="documents"/>, numbered by their position in the list.</summary>
    public static PostingsCollector Collect(IReadOnlyList<SearchDocument> documents, double averageLength, int maxChampions)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var collector = new PostingsCollector(maxChampions);
        var batch = new DocumentTerms[Math.Min(Batch, documents.Count)];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = new DocumentTerms();
        }

        for (var start = 0; start < documents.Count; start += Batch)
        {
            var count = Math.Min(Batch, documents.Count - start);
            Parallel.For(
                0,
                count,
                () => new Dictionary<string, int>(StringComparer.Ordinal),
                (i, _, slots) =>
                {
                    batch[i].Fill(documents[start + i], averageLength, slots, PartitionCount, Partition);
                    return slots;
                },
                _ => { });
            Parallel.For(0, 2 * PartitionCount, p => collector.Add(start, batch.AsSpan(0, count), p));
        }

        return collector;
    }

    /// <summary>The partition of a term or key.</summary>
    public static int Partition(string term) => (int)(SearchHash.Fnv1a(term) % PartitionCount);

    /// <summary>
    /// Hands over the term (or, with <paramref name="keys"/>, key) entries of shard group <paramref name="group"/>
    /// of <see cref="Groups"/>: shards <c>group</c>, <c>group + Groups</c>, … (entry k for shard group + k × Groups),
    /// each in no particular order, and forgets the partitions they come from.
    /// </summary>
    public List<PostingSource>[] TakeGroup(int group, int shardCount, bool keys)
    {
        var groups = Groups(shardCount);
        var shards = new List<PostingSource>[shardCount / groups];
        for (var k = 0; k < shards.Length; k++)
        {
            shards[k] = [];
        }

        var first = keys ? PartitionCount : 0;
        for (var p = first + group; p < first + PartitionCount; p += groups)
        {
            if (_partitions[p] is not { } partition)
            {
                continue;
            }

            foreach (var (term, id) in partition.Entries)
            {
                shards[SearchHash.Shard(term, shardCount) / groups].Add(new PostingSource(term, partition, id));
            }

            _partitions[p] = null;
        }

        return shards;
    }

    /// <summary>How many groups of shards share no partition: one per partition, or one per shard when there are fewer.</summary>
    public static int Groups(int shardCount) => Math.Min(PartitionCount, shardCount);

    private void Add(int start, ReadOnlySpan<DocumentTerms> batch, int partition)
    {
        var postings = _partitions[partition]!;
        for (var i = 0; i < batch.Length; i++)
        {
            var terms = batch[i];
            if (partition >= PartitionCount)
            {
                for (var k = 0; k < terms.Keys.Count; k++)
                {
                    if (terms.KeyPartitions[k] == partition - PartitionCount)
                    {
                        postings.AddKey(terms.Keys[k], start + i);
                    }
                }

                continue;
            }

            var (from, to) = terms.Partition(partition);
            for (var t = from; t < to; t++)
            {
                postings.AddTerm(terms.Term(t), start + i, terms.Impact(t), terms.Positions(t));
            }
        }
    }
}
