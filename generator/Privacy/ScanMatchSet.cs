namespace Disclosure.Generator.Privacy;

/// <summary>
/// The hits of one scan and the spans already claimed. Detectors run from the most specific to the most
/// general; the first to claim a span wins, and a span claimed as allowed (a public hotline, an officer's
/// certificate number) blocks every later detector. Each detector reads the text from left to right, so its
/// claims go into a pending list, nearly always at the end, and <see cref="Commit"/> merges them into the
/// committed ones in one pass: a text with many hits costs n log n, not n².
/// </summary>
internal sealed class ScanMatchSet
{
    private List<(int Start, int End)> _committed = [];
    private readonly List<(int Start, int End)> _pending = [];
    private readonly List<ScanMatch> _matches = [];

    /// <summary>The accepted hits, in the order they were found.</summary>
    public IReadOnlyList<ScanMatch> Matches => _matches;

    /// <summary>Adds a hit unless it overlaps a claimed span; returns whether it was added.</summary>
    public bool TryAdd(ScanMatch match)
    {
        if (!TryClaim(match.Start, match.End))
        {
            return false;
        }

        _matches.Add(match);
        return true;
    }

    /// <summary>Claims a span as public data, so no later detector reports it.</summary>
    public void Allow(int start, int end) => TryClaim(start, end);

    /// <summary>True when any character of the span is already claimed.</summary>
    public bool Overlaps(int start, int end) => Overlaps(_committed, start, end) || Overlaps(_pending, start, end);

    /// <summary>Ends a detector's turn: merges its claims into the committed ones.</summary>
    public void Commit()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var merged = new List<(int Start, int End)>(_committed.Count + _pending.Count);
        int c = 0, p = 0;
        while (c < _committed.Count || p < _pending.Count)
        {
            merged.Add(p >= _pending.Count || (c < _committed.Count && _committed[c].Start < _pending[p].Start) ? _committed[c++] : _pending[p++]);
        }

        _committed = merged;
        _pending.Clear();
    }

    private bool TryClaim(int start, int end)
    {
        if (Overlaps(start, end))
        {
            return false;
        }

        _pending.Insert(FirstEndingAfter(_pending, start), (start, end));
        return true;
    }

    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        var index = FirstEndingAfter(spans, start);
        return index < spans.Count && spans[index].Start < end;
    }

    // Spans in one list never overlap, so sorting by start also sorts by end.
    private static int FirstEndingAfter(List<(int Start, int End)> spans, int position)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (spans[mid].End <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
