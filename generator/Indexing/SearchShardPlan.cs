namespace Disclosure.Generator.Indexing;

/// <summary>
/// How many files the index is split into for a corpus of a given size. Term shards grow with the corpus
/// (one per 1,000 documents, rounded up to a power of two, 4 to 1,024), exact-key shards likewise (one per
/// 4,000, 1 to 256) and document-store shards hold at least 500 documents and number at most 512, so the
/// whole index never has more than 1,024 + 256 + 512 + 1 (manifest) = 1,793 files, whatever the size.
/// </summary>
/// <param name="TermShards">Number of term shards.</param>
/// <param name="KeyShards">Number of exact-key shards.</param>
/// <param name="DocumentsPerShard">Documents per document-store shard.</param>
/// <param name="DocumentShards">Number of document-store shards.</param>
internal sealed record SearchShardPlan(int TermShards, int KeyShards, int DocumentsPerShard, int DocumentShards)
{
    /// <summary>Most term shards.</summary>
    public const int MaxTermShards = 1024;

    /// <summary>Most exact-key shards.</summary>
    public const int MaxKeyShards = 256;

    /// <summary>Most document-store shards.</summary>
    public const int MaxDocumentShards = 512;

    /// <summary>Fewest documents in a document-store shard.</summary>
    public const int MinDocumentsPerShard = 500;

    /// <summary>Upper bound on the files the index can have: every shard plus the manifest.</summary>
    public int MaxFiles => TermShards + KeyShards + DocumentShards + 1;

    /// <summary>The plan for a corpus of <paramref name="documents"/> documents.</summary>
    public static SearchShardPlan For(int documents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        var terms = PowerOfTwo(Ceiling(documents, 1000), 4, MaxTermShards);
        var keys = PowerOfTwo(Ceiling(documents, 4000), 1, MaxKeyShards);
        var perShard = Math.Max(MinDocumentsPerShard, Ceiling(documents, MaxDocumentShards));
        return new SearchShardPlan(terms, keys, perShard, Ceiling(documents, perShard));
    }

    private static int Ceiling(int value, int divisor) => (int)(((long)value + divisor - 1) / divisor);

    private static int PowerOfTwo(int wanted, int min, int max)
    {
        var n = min;
        while (n < wanted && n < max)
        {
            n *= 2;
        }

        return n;
    }
}
