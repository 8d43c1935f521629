namespace Disclosure.Generator.Indexing;

/// <summary>
/// The postings of one term as the index file stores them: a flat list of integers, per document
/// <c>docDelta, length, bodyCount, titleCount, k, p1, p2−p1, …, pk−pk−1</c>, where docDelta is the document
/// number minus the previous posting's (the first is the number itself) and the k positions are delta-coded.
/// Documents must be added in ascending order.
/// </summary>
internal sealed class PostingList
{
    private readonly List<int> _values = [];
    private int _last = -1;

    /// <summary>Number of documents holding the term.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>The encoded postings.</summary>
    public IReadOnlyList<int> Values => _values;

    /// <summary>Appends one document's occurrences.</summary>
    public void Add(int document, int length, TermOccurrences occurrences)
    {
        if (document <= _last)
        {
            throw new InvalidOperationException("postings must be added in ascending document order");
        }

        _values.Add(_last < 0 ? document : document - _last);
        _values.Add(length);
        _values.Add(occurrences.BodyCount);
        _values.Add(occurrences.TitleCount);
        _values.Add(occurrences.Positions.Count);
        var previous = 0;
        foreach (var position in occurrences.Positions)
        {
            _values.Add(position - previous);
            previous = position;
        }

        _last = document;
        DocumentCount++;
    }
}
