using System.Globalization;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes the postings parts and the dictionary shards, one group of shards at a time (see
/// <see cref="PostingsCollector.TakeGroup"/>), so each group's postings are released once written. Within a
/// group, shards are encoded in parallel a wave at a time; their blocks are packed, shard after shard and entry
/// after entry, into parts of at most <see cref="SearchIndexOptions.MaxPartBytes"/> (a block is never split).
/// Every file is written in that fixed order, so the bytes do not depend on thread timing.
/// </summary>
internal sealed class PostingsWriter
{
    private readonly int _maxPartBytes;
    private readonly CountingWriter _output;
    private readonly List<string> _parts = [];
    private readonly string?[] _shards;
    private GrowableBytes _part;

    private PostingsWriter(int shardCount, int maxPartBytes, CountingWriter output)
    {
        _shards = new string?[shardCount];
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
        var groups = PostingsCollector.Groups(shardCount);
        var writer = new PostingsWriter(shardCount, options.MaxPartBytes, output);
        for (var group = 0; group < groups; group++)
        {
            var sources = collector.TakeGroup(group, shardCount);
            var wave = Math.Max(2, Environment.ProcessorCount * 2);
            for (var start = 0; start < sources.Length; start += wave)
            {
                var count = Math.Min(wave, sources.Length - start);
                writer.WriteWave(sources.AsSpan(start, count), group + (start * groups), groups);
            }
        }

        writer.Flush();
        return (writer._shards, writer._parts);
    }

    // Shards first, first + step, …: encoded in parallel, packed in order, then their dictionaries written in order.
    private void WriteWave(Span<List<PostingSource>> sources, int first, int step)
    {
        var wave = sources.ToArray();
        sources.Clear();
        var encoded = new EncodedShard[wave.Length];
        Parallel.For(0, wave.Length, i => encoded[i] = EncodedShard.Encode(wave[i]));
        // A block's part and offset are final once packed, so each shard's dictionary can be written at once.
        var locations = Array.ConvertAll(encoded, Pack);
        var files = new byte[]?[wave.Length];
        Parallel.For(0, wave.Length, i => files[i] = encoded[i].Terms.Count == 0 ? null : DictionaryShard.Write(encoded[i].Terms, locations[i]));
        for (var i = 0; i < files.Length; i++)
        {
            if (files[i] is { } file)
            {
                var shard = first + (i * step);
                _shards[shard] = _output.Write(IndexFiles.Name("terms/" + shard.ToString(CultureInfo.InvariantCulture), file), file);
            }
        }
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
