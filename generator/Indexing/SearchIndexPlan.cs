namespace Disclosure.Generator.Indexing;

/// <summary>
/// How many files the index is split into, which bounds the file count at any corpus size: a power of two of
/// term shards, about one per <see cref="TermsPerShard"/> terms, at most <see cref="MaxTermShards"/>; a power of
/// two of key shards, about one per <see cref="KeysPerShard"/> keys, at most <see cref="MaxKeyShards"/>; one
/// document part per <c>docsPerPart</c> documents; one postings part per
/// <see cref="SearchIndexOptions.MaxPartBytes"/> of posting blocks (a shard's blocks are never split, and are far
/// smaller than a part); plus the manifest, the facet file and the offsets file.
/// </summary>
internal static class SearchIndexPlan
{
    /// <summary>Most term shards.</summary>
    public const int MaxTermShards = 1024;

    /// <summary>Terms aimed for per term shard: a query fetches one shard per term, so shards are kept small.</summary>
    public const int TermsPerShard = 64;

    /// <summary>Most key shards.</summary>
    public const int MaxKeyShards = 512;

    /// <summary>Keys aimed for per key shard.</summary>
    public const int KeysPerShard = 256;

    /// <summary>Term shards for <paramref name="terms"/> distinct terms.</summary>
    public static int TermShards(long terms) => PowerOfTwo(terms, TermsPerShard, MaxTermShards);

    /// <summary>Key shards for <paramref name="keys"/> distinct keys.</summary>
    public static int KeyShards(long keys) => PowerOfTwo(keys, KeysPerShard, MaxKeyShards);

    /// <summary>Document part files for <paramref name="documents"/> documents.</summary>
    public static int DocumentParts(int documents, int docsPerPart)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(docsPerPart);
        return (int)(((long)documents + docsPerPart - 1) / docsPerPart);
    }

    private static int PowerOfTwo(long entries, int perShard, int most)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        var wanted = (entries + perShard - 1) / perShard;
        var shards = 1;
        while (shards < wanted && shards < most)
        {
            shards *= 2;
        }

        return shards;
    }
}
