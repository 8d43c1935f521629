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

    /// <summary>Writes the files; returns the term and key shard paths (null for an empty shard) and the part paths.</summary>
    public static (IReadOnlyList<string?> TermShards, IReadOnlyList<string?> KeyShards, IReadOnlyList<string> Parts) Write(
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

    private string?[] WriteShards(PostingsCollector collector, int shardCount, bool keys)
    {
        var paths = new string?[shardCount];
        var groups = PostingsCollector.Groups(shardCount);
        for (var group = 0; group < groups; group++)
        {
            var sources = collector.TakeGroup(group, shardCount, keys);
            var wave = Math.Max(2, Environment.ProcessorCount * 2);
            for (var start = 0; start < sources.Length; start += wave)
            {
                var count = Math.Min(wave, sources.Length - start);
                WriteWave(sources.AsSpan(start, count), group + (start * groups), groups, keys, paths);
            }
        }

        return paths;
    }

    // Shards first, first + step, …: encoded in parallel, packed in order, then their files written in order.
    private void WriteWave(Span<List<PostingSource>> sources, int first, int step, bool keys, string?[] paths)
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

        var folder = keys ? "keys/" : "terms/";
        for (var i = 0; i < files.Length; i++)
        {
            if (files[i] is { } file)
            {
                var shard = first + (i * step);
                paths[shard] = _output.Write(IndexFiles.Name(folder + shard.ToString(CultureInfo.InvariantCulture), file), file);
            }
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
