namespace Disclosure.Generator.Indexing;

/// <summary>
/// How many files the index is split into, which bounds the file count at any corpus size: a power of two of
/// dictionary shards, about one per <see cref="EntriesPerShard"/> terms and keys, at most
/// <see cref="MaxShards"/>; one document part per <c>docsPerPart</c> documents; one postings part per
/// <see cref="SearchIndexOptions.MaxPartBytes"/> of posting blocks (a block is never split, and blocks are far
/// smaller than parts); plus the manifest, the facet file and the offsets file.
/// </summary>
internal static class SearchIndexPlan
{
    /// <summary>Most dictionary shards.</summary>
    public const int MaxShards = 1024;

    /// <summary>Dictionary entries aimed for per shard.</summary>
    public const int EntriesPerShard = 500;

    /// <summary>Dictionary shards for <paramref name="entries"/> terms and keys.</summary>
    public static int Shards(long entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        var wanted = (entries + EntriesPerShard - 1) / EntriesPerShard;
        var shards = 1;
        while (shards < wanted && shards < MaxShards)
        {
            shards *= 2;
        }

        return shards;
    }

    /// <summary>Document part files for <paramref name="documents"/> documents.</summary>
    public static int DocumentParts(int documents, int docsPerPart)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(docsPerPart);
        return (int)(((long)documents + docsPerPart - 1) / docsPerPart);
    }
}
