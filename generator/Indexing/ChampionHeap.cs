namespace Disclosure.Generator.Indexing;

/// <summary>
/// The champions of a term held by more documents than it may list: the holders with the highest impact,
/// ties to the lower document number, each with its first positions. A binary heap of slot numbers whose root
/// is the weakest champion, so a new holder replaces it only when it is stronger; holders arrive in ascending
/// document order, so a newcomer with the root's impact loses the tie.
/// </summary>
internal sealed class ChampionHeap(int capacity)
{
    private const int Width = SearchRanking.MaxPositions;
    private readonly int[] _heap = new int[capacity];
    private readonly int[] _documents = new int[capacity];
    private readonly byte[] _impacts = new byte[capacity];
    private readonly byte[] _positionCounts = new byte[capacity];
    private readonly int[] _positions = new int[capacity * Width];
    private int _count;

    /// <summary>Keeps the holder if it is among the strongest so far.</summary>
    public void Offer(int document, byte impact, ReadOnlySpan<int> positions)
    {
        if (_count < capacity)
        {
            _heap[_count] = _count;
            Set(_count, document, impact, positions);
            SiftUp(_count++);
        }
        else if (Weaker(_heap[0], document, impact))
        {
            Set(_heap[0], document, impact, positions);
            SiftDown(0);
        }
    }

    /// <summary>Writes the champion count, the champions in document order, and the tail impact (the weakest champion's).</summary>
    public void WriteTo(ref GrowableBytes output)
    {
        var slots = _heap[.._count];
        var documents = Array.ConvertAll(slots, slot => _documents[slot]);
        Array.Sort(documents, slots);
        output.AddVarint((uint)_count);
        var previous = 0;
        foreach (var slot in slots)
        {
            output.AddVarint((uint)(_documents[slot] - previous));
            previous = _documents[slot];
            output.Add(_impacts[slot]);
            ChampionPositions.Write(ref output, _positions.AsSpan(slot * Width, _positionCounts[slot]));
        }

        output.Add(_count == 0 ? (byte)0 : _impacts[_heap[0]]);
    }

    // True when the champion in the slot is weaker than the holder: a lower impact, or the same and a higher number.
    private bool Weaker(int slot, int document, byte impact) =>
        _impacts[slot] < impact || (_impacts[slot] == impact && _documents[slot] > document);

    private bool Weaker(int slot, int other) => Weaker(slot, _documents[other], _impacts[other]);

    private void Set(int slot, int document, byte impact, ReadOnlySpan<int> positions)
    {
        _documents[slot] = document;
        _impacts[slot] = impact;
        _positionCounts[slot] = (byte)positions.Length;
        positions.CopyTo(_positions.AsSpan(slot * Width, Width));
    }

    private void SiftUp(int i)
    {
        while (i > 0 && Weaker(_heap[i], _heap[(i - 1) / 2]))
        {
            (_heap[i], _heap[(i - 1) / 2]) = (_heap[(i - 1) / 2], _heap[i]);
            i = (i - 1) / 2;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var weakest = i;
            var left = (2 * i) + 1;
            if (left < _count && Weaker(_heap[left], _heap[weakest]))
            {
                weakest = left;
            }

            if (left + 1 < _count && Weaker(_heap[left + 1], _heap[weakest]))
            {
                weakest = left + 1;
            }

            if (weakest == i)
            {
                return;
            }

            (_heap[i], _heap[weakest]) = (_heap[weakest], _heap[i]);
            i = weakest;
        }
    }
}
