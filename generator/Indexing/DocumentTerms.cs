using System.Buffers;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// One document's distinct terms, each with its impact and first positions, grouped by partition, and its exact
/// keys: what the builder adds to the postings for it. Title terms sit at positions 0…, body terms from
/// <see cref="SearchRanking.TitleGap"/> after the last title position, so no phrase spans the two. A reusable
/// buffer: <see cref="Fill"/> replaces the previous document, and terms are kept as characters, so nothing of a
/// document outlives the batch it is merged in.
/// </summary>
internal sealed class DocumentTerms
{
    private const int Slot = SearchRanking.MaxPositions;
    private char[] _chars = new char[4096];
    private int[] _ends = new int[1024];
    private byte[] _impacts = new byte[1024];
    private int[] _positions = new int[1024 * Slot];
    private byte[] _positionCounts = new byte[1024];
    private int[] _partitionStarts = [];

    /// <summary>The distinct normalised exact keys.</summary>
    public IReadOnlyList<string> Keys { get; private set; } = [];

    /// <summary>The partition of each key.</summary>
    public IReadOnlyList<int> KeyPartitions { get; private set; } = [];

    /// <summary>Distinct term <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Term(int i) => _chars.AsSpan(i == 0 ? 0 : _ends[i - 1], _ends[i] - (i == 0 ? 0 : _ends[i - 1]));

    /// <summary>The impact of term <paramref name="i"/> (see <see cref="TermImpact"/>).</summary>
    public byte Impact(int i) => _impacts[i];

    /// <summary>The first <see cref="SearchRanking.MaxPositions"/> distinct positions of term <paramref name="i"/>, ascending.</summary>
    public ReadOnlySpan<int> Positions(int i) => _positions.AsSpan(i * Slot, _positionCounts[i]);

    /// <summary>The range of term numbers in <paramref name="partition"/>.</summary>
    public (int From, int To) Partition(int partition) => (_partitionStarts[partition], _partitionStarts[partition + 1]);

    /// <summary>The document's length for BM25: how many terms its title and body give.</summary>
    public static int Length(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TermCount.Of(document.Title) + TermCount.Of(document.Body);
    }

    /// <summary>
    /// Tokenises a document and groups its terms into <paramref name="partitions"/> by <paramref name="partitionOf"/>;
    /// <paramref name="slots"/> is scratch space, cleared before use.
    /// </summary>
    public void Fill(SearchDocument document, double averageLength, Dictionary<string, int> slots, int partitions, Func<string, int> partitionOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(partitionOf);
        slots.Clear();
        var title = SearchTokenizer.Tokenize(document.Title);
        var body = SearchTokenizer.Tokenize(document.Body);
        var length = title.Count + body.Count;
        var tf = ArrayPool<int>.Shared.Rent(length);
        var positions = ArrayPool<int>.Shared.Rent(length * Slot);
        var counts = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Tally(title, 0, SearchRanking.TitleWeight, slots, tf, positions, counts);
            Tally(body, title.Count == 0 ? 0 : title.Max(t => t.Position) + SearchRanking.TitleGap, 1, slots, tf, positions, counts);
            Group(slots, partitions, partitionOf, out var order);
            Reserve(slots.Count, slots.Keys.Sum(k => k.Length));
            var end = 0;
            for (var j = 0; j < order.Length; j++)
            {
                var (term, i) = order[j];
                term.CopyTo(_chars.AsSpan(end));
                end += term.Length;
                _ends[j] = end;
                _impacts[j] = TermImpact.Of(tf[i], length, averageLength);
                positions.AsSpan(i * Slot, counts[i]).CopyTo(_positions.AsSpan(j * Slot));
                _positionCounts[j] = counts[i];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tf);
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<byte>.Shared.Return(counts);
        }

        var keys = NormalisedKeys(document);
        Keys = keys;
        KeyPartitions = Array.ConvertAll(keys, k => partitionOf(k));
    }

    private static void Tally(IReadOnlyList<SearchTerm> tokens, int start, int weight, Dictionary<string, int> slots, int[] tf, int[] positions, byte[] counts)
    {
        foreach (var token in tokens)
        {
            if (!slots.TryGetValue(token.Text, out var i))
            {
                i = slots.Count;
                slots.Add(token.Text, i);
                tf[i] = 0;
                counts[i] = 0;
            }

            tf[i] += weight;
            var position = start + token.Position;
            // A word and its parts can repeat a term at one position (a1a gives a twice): keep it once.
            if (counts[i] < Slot && (counts[i] == 0 || positions[(i * Slot) + counts[i] - 1] != position))
            {
                positions[(i * Slot) + counts[i]++] = position;
            }
        }
    }

    // Orders the distinct terms by partition (a counting sort) and records where each partition starts.
    private void Group(Dictionary<string, int> slots, int partitions, Func<string, int> partitionOf, out (string Term, int Slot)[] order)
    {
        var partition = new int[slots.Count];
        var starts = new int[partitions + 1];
        foreach (var (term, i) in slots)
        {
            partition[i] = partitionOf(term);
            starts[partition[i] + 1]++;
        }

        for (var p = 0; p < partitions; p++)
        {
            starts[p + 1] += starts[p];
        }

        var next = starts[..partitions];
        order = new (string, int)[slots.Count];
        foreach (var (term, i) in slots)
        {
            order[next[partition[i]]++] = (term, i);
        }

        _partitionStarts = starts;
    }

    private void Reserve(int terms, int chars)
    {
        if (_chars.Length < chars)
        {
            _chars = new char[Math.Max(chars, _chars.Length * 2)];
        }

        if (_ends.Length < terms)
        {
            var capacity = Math.Max(terms, _ends.Length * 2);
            _ends = new int[capacity];
            _impacts = new byte[capacity];
            _positions = new int[capacity * Slot];
            _positionCounts = new byte[capacity];
        }
    }

    private static string[] NormalisedKeys(SearchDocument document)
    {
        var keys = new List<string>(document.Keys.Count);
        foreach (var key in document.Keys)
        {
            if (ExactKeys.Key(key.Kind, key.Value) is { } normalised && !keys.Contains(normalised))
            {
                keys.Add(normalised);
            }
        }

        return [.. keys];
    }
}
