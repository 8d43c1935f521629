using System.Globalization;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes the postings parts and the term shards, then the key shards, one group of shards at a time (see
/// <see cref="PostingsCollector.TakeGroup"/>), so each group's postings are released once written. Within a
/// group, shards are encoded in parallel a wave at a time; a term shard's blocks are packed back to back into
/// the current part (a new part starts before a shard that would overflow
/// <see cref="SearchIndexOptions.MaxPartBytes"/>), so its entries need only a length. Every file is written in
/// that fixed order, so the bytes do not depend on thread timing.
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

    /// <summary>Writes the files; returns the term and key shard sets and the part paths.</summary>
    public static (ShardSet TermShards, ShardSet KeyShards, IReadOnlyList<string> Parts) Write(
        PostingsCollector collector, SearchIndexOptions options, CountingWriter output)
    {
        ArgumentNullException.ThrowIfNull(collector);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new PostingsWriter(options.MaxPartBytes, output);
        var terms = writer.WriteShards(collector, SearchIndexPlan.TermShards(collector.Terms), keys: false);
        writer.Flush();
        var keys = writer.WriteShards(collector, SearchIndexPlan.KeyShards(collector.Keys), keys: true);
        return (terms, keys, writer._parts);
    }

    // The shard files are kept until all are made (a few megabytes at a million documents), then written under
    // one hash of them all, so the manifest names a whole set with one hash rather than a list of paths.
    private ShardSet WriteShards(PostingsCollector collector, int shardCount, bool keys)
    {
        var files = new byte[]?[shardCount];
        var groups = PostingsCollector.Groups(shardCount);
        for (var group = 0; group < groups; group++)
        {
            var sources = collector.TakeGroup(group, shardCount, keys);
            var wave = Math.Max(2, Environment.ProcessorCount * 2);
            for (var start = 0; start < sources.Length; start += wave)
            {
                var count = Math.Min(wave, sources.Length - start);
                WriteWave(sources.AsSpan(start, count), group + (start * groups), groups, keys, files);
            }
        }

        var set = ShardSet.Of(keys ? ShardSet.Keys : ShardSet.Terms, files);
        for (var shard = 0; shard < shardCount; shard++)
        {
            _output.Write(set.Path(shard), files[shard] ?? ShardSet.Empty);
        }

        return set;
    }

    // Shards first, first + step, …: encoded in parallel, packed in order, their files made.
    private void WriteWave(Span<List<PostingSource>> sources, int first, int step, bool keys, byte[]?[] shardFiles)
    {
        var wave = sources.ToArray();
        sources.Clear();
        var encoded = new EncodedShard[wave.Length];
        Parallel.For(0, wave.Length, i => encoded[i] = keys ? EncodedShard.EncodeKeys(wave[i]) : EncodedShard.EncodeTerms(wave[i]));
        var files = new byte[]?[wave.Length];
        if (keys)
        {
            for (var i = 0; i < wave.Length; i++)
            {
                files[i] = encoded[i].Terms.Count == 0 ? null : encoded[i].Blocks;
            }
        }
        else
        {
            // A shard's place in the parts is final once packed, so its file can be written at once.
            var starts = Array.ConvertAll(encoded, Pack);
            Parallel.For(0, wave.Length, i => files[i] = encoded[i].Terms.Count == 0 ? null : DictionaryShard.Write(encoded[i].Terms, encoded[i].Lengths, starts[i]));
        }

        for (var i = 0; i < files.Length; i++)
        {
            shardFiles[first + (i * step)] = files[i];
        }
    }

    // Appends a shard's blocks to the current part, starting a new part first when they would overflow it.
    private PostingLocation Pack(EncodedShard shard)
    {
        if (_part.Length > 0 && (long)_part.Length + shard.Blocks.Length > _maxPartBytes)
        {
            Flush();
        }

        var start = new PostingLocation(_parts.Count, _part.Length, shard.Blocks.Length);
        _part.AddRange(shard.Blocks);
        return start;
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
