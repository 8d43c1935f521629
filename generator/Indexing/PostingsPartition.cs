using System.Buffers;
using System.Runtime.InteropServices;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The postings of the terms (or of the exact keys) that fall in one partition while the index is built, added
/// by one thread in ascending document order. Each has a <see cref="TermState"/> and a stream in the
/// partition's <see cref="PostingsArena"/>: per holder, the gap from the previous holder and, for a term, the
/// impact and, for its first <c>maxChampions</c> holders, their positions. While every holder of a term is a
/// champion, its stream is the posting block's champion list as written; past that, a
/// <see cref="ChampionHeap"/> keeps the strongest holders with their positions.
/// </summary>
internal sealed class PostingsPartition
{
    private readonly int _maxChampions;
    private readonly bool _keys;
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly PostingsArena _arena = new();
    private readonly List<ChampionHeap> _heaps = [];
    private TermState[] _states = new TermState[256];

    /// <summary>An empty partition of terms (or of keys, when <paramref name="keys"/>).</summary>
    public PostingsPartition(int maxChampions, bool keys)
    {
        _maxChampions = maxChampions;
        _keys = keys;
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct terms or keys.</summary>
    public int Count => _ids.Count;

    /// <summary>Each term or key with its id in this partition, in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _ids;

    /// <summary>Number of documents holding term or key <paramref name="id"/>.</summary>
    public int Df(int id) => _states[id].Count;

    /// <summary>Adds a holder of a term, numbered above every holder before it.</summary>
    public void AddTerm(ReadOnlySpan<char> term, int document, byte impact, ReadOnlySpan<int> positions)
    {
        ref var state = ref State(term);
        if (state.Count > 0 && document <= state.Last)
        {
            throw new InvalidOperationException("postings must be added in ascending document order");
        }

        if (state.Count == _maxChampions)
        {
            _heaps.Add(HeapOf(state));
            state.Heap = _heaps.Count;
        }

        _arena.AddVarint(ref state.Stream, (uint)(state.Count == 0 ? document : document - state.Last));
        _arena.Add(ref state.Stream, impact);
        if (state.Heap == 0)
        {
            _arena.AddVarint(ref state.Stream, (uint)positions.Length);
            var previous = 0;
            foreach (var position in positions)
            {
                _arena.AddVarint(ref state.Stream, (uint)(position - previous));
                previous = position;
            }
        }
        else
        {
            _heaps[state.Heap - 1].Offer(document, impact, positions);
        }

        state.Last = document;
        state.Count++;
    }

    /// <summary>Adds a holder of a key; adding the last holder again does nothing.</summary>
    public void AddKey(string key, int document)
    {
        ref var state = ref State(key.AsSpan());
        if (state.Count > 0 && document <= state.Last)
        {
            return;
        }

        _arena.AddVarint(ref state.Stream, (uint)(state.Count == 0 ? document : document - state.Last));
        state.Last = document;
        state.Count++;
    }

    /// <summary>Writes key <paramref name="id"/>'s documents as its key-shard entry holds them: df, then the first number and each gap.</summary>
    public void WriteKeyDocuments(int id, ref GrowableBytes output)
    {
        if (!_keys)
        {
            throw new InvalidOperationException("only a key partition holds keys");
        }

        var state = _states[id];
        var stream = ArrayPool<byte>.Shared.Rent(state.Stream.Length);
        try
        {
            _arena.CopyTo(state.Stream, stream);
            output.AddVarint((uint)state.Count);
            output.AddRange(stream.AsSpan(0, state.Stream.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(stream);
        }
    }

    /// <summary>Writes the posting block of term <paramref name="id"/>: df, the doc set, the champions and the tail impact.</summary>
    public void WriteBlock(int id, ref GrowableBytes output)
    {
        if (_keys)
        {
            throw new InvalidOperationException("keys have no posting block");
        }

        var state = _states[id];
        var stream = ArrayPool<byte>.Shared.Rent(state.Stream.Length);
        var documents = ArrayPool<int>.Shared.Rent(state.Count);
        try
        {
            _arena.CopyTo(state.Stream, stream);
            var bytes = stream.AsSpan(0, state.Stream.Length);
            Decode(bytes, documents.AsSpan(0, state.Count), null);
            output.AddVarint((uint)state.Count);
            DocumentSetEncoding.Write(ref output, documents.AsSpan(0, state.Count));
            if (state.Heap > 0)
            {
                _heaps[state.Heap - 1].WriteTo(ref output);
            }
            else
            {
                output.AddVarint((uint)state.Count);
                output.AddRange(bytes);
                output.Add(0);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(stream);
            ArrayPool<int>.Shared.Return(documents);
        }
    }

    private ref TermState State(ReadOnlySpan<char> term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, term, out var exists);
        if (!exists)
        {
            id = _ids.Count - 1;
            if (id == _states.Length)
            {
                Array.Resize(ref _states, _states.Length * 2);
            }
        }

        return ref _states[id];
    }

    // Reads a stream: every holder's number, and, with a heap, offers the champions among them to it.
    private void Decode(ReadOnlySpan<byte> stream, Span<int> documents, ChampionHeap? heap)
    {
        var offset = 0;
        var document = 0;
        Span<int> positions = stackalloc int[SearchRanking.MaxPositions];
        for (var i = 0; i < documents.Length; i++)
        {
            document += Varint.ReadInt(stream, ref offset);
            documents[i] = document;
            if (_keys)
            {
                continue;
            }

            var impact = stream[offset++];
            if (i < _maxChampions)
            {
                var count = ChampionPositions.Read(stream, ref offset, positions);
                heap?.Offer(document, impact, positions[..count]);
            }
        }
    }

    private ChampionHeap HeapOf(in TermState state)
    {
        var heap = new ChampionHeap(_maxChampions);
        var stream = new byte[state.Stream.Length];
        _arena.CopyTo(state.Stream, stream);
        Decode(stream, new int[state.Count], heap);
        return heap;
    }
}
