using System.Globalization;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes the postings parts and the dictionary shards. Shards are encoded in parallel a wave at a time; their
/// blocks are packed, shard after shard and entry after entry, into parts of at most
/// <see cref="SearchIndexOptions.MaxPartBytes"/> (a block is never split), and every file is written in that
/// fixed order, so the bytes do not depend on thread timing. Only one wave of shards is held encoded at once.
/// </summary>
internal sealed class PostingsWriter
{
    private readonly int _maxPartBytes;
    private readonly CountingWriter _output;
    private readonly List<string> _parts = [];
    private GrowableBytes _part;

    private PostingsWriter(int maxPartBytes, CountingWriter output)
    {
        _maxPartBytes = maxPartBytes;
        _output = output;
    }

    /// <summary>Writes the files; returns the shard paths (null for an empty shard) and the part paths.</summary>
    public static (IReadOnlyList<string?> Shards, IReadOnlyList<string> Parts) Write(
        PostingsCollector collector, SearchIndexOptions options, CountingWriter output)
    {
        ArgumentNullException.ThrowIfNull(collector);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var shardCount = SearchIndexPlan.Shards(collector.Entries);
        var sources = collector.Shards(shardCount);
        var writer = new PostingsWriter(options.MaxPartBytes, output);
        var names = new string?[shardCount];
        var wave = Math.Max(2, Environment.ProcessorCount * 2);
        for (var start = 0; start < shardCount; start += wave)
        {
            var count = Math.Min(wave, shardCount - start);
            var encoded = new EncodedShard[count];
            Parallel.For(0, count, i => encoded[i] = EncodedShard.Encode(sources[start + i]));
            // A block's part and offset are final once packed, so each shard's dictionary is written at once.
            var locations = new PostingLocation[count][];
            for (var i = 0; i < count; i++)
            {
                locations[i] = writer.Pack(encoded[i]);
                sources[start + i] = [];
            }

            var files = new byte[]?[count];
            Parallel.For(0, count, i => files[i] = encoded[i].Terms.Count == 0 ? null : DictionaryShard.Write(encoded[i].Terms, locations[i]));
            for (var i = 0; i < count; i++)
            {
                if (files[i] is { } file)
                {
                    var shard = start + i;
                    names[shard] = output.Write(IndexFiles.Name("terms/" + shard.ToString(CultureInfo.InvariantCulture), file), file);
                }
            }
        }

        writer.Flush();
        return (names, writer._parts);
    }

    // Appends a shard's blocks to the current part, starting a new part before a block that would overflow it.
    private PostingLocation[] Pack(EncodedShard shard)
    {
        var locations = new PostingLocation[shard.Terms.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            var (start, length) = shard.Block(i);
            if (_part.Length > 0 && (long)_part.Length + length > _maxPartBytes)
            {
                Flush();
            }

            locations[i] = new PostingLocation(shard.Dfs[i], _parts.Count, _part.Length, length);
            _part.AddRange(shard.Blocks.AsSpan(start, length));
        }

        return locations;
    }

    private void Flush()
    {
        if (_part.Length == 0)
        {
            return;
        }

        var bytes = _part.ToArray();
        _parts.Add(_output.Write(IndexFiles.Name("postings/" + _parts.Count.ToString(CultureInfo.InvariantCulture), bytes), bytes));
        _part.Clear();
    }
}
