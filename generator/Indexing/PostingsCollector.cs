namespace Disclosure.Generator.Indexing;

/// <summary>
/// Gathers every term's and key's postings from the documents in index order. Documents are tokenised in
/// parallel batches; then each of <see cref="PartitionCount"/> threads adds the batch's terms of its own
/// partition (a fixed hash of the term), and one more the keys, in document order, so every list stays
/// ascending and the result does not depend on the thread count.
/// </summary>
internal sealed class PostingsCollector
{
    // Small batches: a batch's tokens die before the garbage collector promotes them (512 made it 3 times slower).
    private const int Batch = 128;
    private const int PartitionCount = 16;
    private readonly PostingsPartition[] _partitions;

    private PostingsCollector(int maxChampions)
    {
        _partitions = new PostingsPartition[PartitionCount + 1];
        for (var p = 0; p < PartitionCount; p++)
        {
            _partitions[p] = new PostingsPartition(maxChampions, keys: false);
        }

        _partitions[PartitionCount] = new PostingsPartition(maxChampions, keys: true);
    }

    /// <summary>Number of distinct terms and keys.</summary>
    public long Entries => _partitions.Sum(p => (long)p.Count);

    /// <summary>Collects the postings of <paramref name="documents"/>, numbered by their position in the list.</summary>
    public static PostingsCollector Collect(IReadOnlyList<SearchDocument> documents, double averageLength, int maxChampions)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var collector = new PostingsCollector(maxChampions);
        for (var start = 0; start < documents.Count; start += Batch)
        {
            var batch = new DocumentTerms[Math.Min(Batch, documents.Count - start)];
            Parallel.For(
                0,
                batch.Length,
                () => new Dictionary<string, int>(StringComparer.Ordinal),
                (i, _, slots) =>
                {
                    batch[i] = DocumentTerms.Of(documents[start + i], averageLength, slots, PartitionCount, Partition);
                    return slots;
                },
                _ => { });
            Parallel.For(0, PartitionCount + 1, p => collector.Add(start, batch, p));
        }

        return collector;
    }

    /// <summary>
    /// Hands every term and key over to its dictionary shard (<see cref="SearchHash.Shard"/>), in no particular
    /// order within a shard.
    /// </summary>
    public List<PostingSource>[] Shards(int shardCount)
    {
        var shards = new List<PostingSource>[shardCount];
        for (var s = 0; s < shardCount; s++)
        {
            shards[s] = [];
        }

        foreach (var partition in _partitions)
        {
            foreach (var (term, id) in partition.Entries)
            {
                shards[SearchHash.Shard(term, shardCount)].Add(new PostingSource(term, partition, id));
            }
        }

        return shards;
    }

    private void Add(int start, DocumentTerms[] batch, int partition)
    {
        var postings = _partitions[partition];
        for (var i = 0; i < batch.Length; i++)
        {
            var terms = batch[i];
            if (partition == PartitionCount)
            {
                foreach (var key in terms.Keys)
                {
                    postings.AddKey(key, start + i);
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

    // A cheap fixed hash: which thread adds a term must not depend on the process's string hashing.
    private static int Partition(string term)
    {
        var hash = 0u;
        foreach (var c in term)
        {
            hash = (hash * 31) + c;
        }

        return (int)(hash % PartitionCount);
    }
}
