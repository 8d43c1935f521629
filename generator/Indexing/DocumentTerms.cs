using System.Buffers;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// One document's distinct terms, each with its impact and first positions, grouped by partition, and its exact
/// keys: what the builder adds to the postings for it. Title terms sit at positions 0…, body terms from
/// <see cref="SearchRanking.TitleGap"/> after the last title position, so no phrase spans the two.
/// </summary>
internal sealed class DocumentTerms
{
    private const int Slot = SearchRanking.MaxPositions;
    private readonly string[] _terms;
    private readonly byte[] _impacts;
    private readonly int[] _positions;
    private readonly byte[] _positionCounts;
    private readonly int[] _partitionStarts;

    private DocumentTerms(string[] terms, byte[] impacts, int[] positions, byte[] positionCounts, int[] partitionStarts, string[] keys)
    {
        _terms = terms;
        _impacts = impacts;
        _positions = positions;
        _positionCounts = positionCounts;
        _partitionStarts = partitionStarts;
        Keys = keys;
    }

    /// <summary>The distinct normalised exact keys.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Distinct term <paramref name="i"/>.</summary>
    public string Term(int i) => _terms[i];

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
        return SearchTokenizer.Tokenize(document.Title).Count + SearchTokenizer.Tokenize(document.Body).Count;
    }

    /// <summary>
    /// Tokenises a document and groups its terms into <paramref name="partitions"/> by <paramref name="partitionOf"/>;
    /// <paramref name="slots"/> is scratch space, cleared before use.
    /// </summary>
    public static DocumentTerms Of(SearchDocument document, double averageLength, Dictionary<string, int> slots, int partitions, Func<string, int> partitionOf)
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

            // Counting sort of the distinct terms by partition.
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
            var terms = new string[slots.Count];
            var impacts = new byte[slots.Count];
            var kept = new int[slots.Count * Slot];
            var keptCounts = new byte[slots.Count];
            foreach (var (term, i) in slots)
            {
                var j = next[partition[i]]++;
                terms[j] = term;
                impacts[j] = TermImpact.Of(tf[i], length, averageLength);
                positions.AsSpan(i * Slot, counts[i]).CopyTo(kept.AsSpan(j * Slot));
                keptCounts[j] = counts[i];
            }

            return new DocumentTerms(terms, impacts, kept, keptCounts, starts, NormalisedKeys(document));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tf);
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<byte>.Shared.Return(counts);
        }
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
