namespace Disclosure.Generator.Indexing;

/// <summary>
/// What <see cref="PostingsPartition"/> keeps per term or key while the index is built: its stream in the
/// arena, how many documents hold it, the last of them, and its champion heap (index + 1; 0 for none).
/// </summary>
internal struct TermState
{
    /// <summary>Per holder: the gap from the previous holder, then, for terms, the impact and, for the first champions, the positions.</summary>
    public ArenaStream Stream;

    /// <summary>Number of holders.</summary>
    public int Count;

    /// <summary>The last holder's document number.</summary>
    public int Last;

    /// <summary>Index + 1 of the term's <see cref="ChampionHeap"/> once it has more holders than champions; 0 before.</summary>
    public int Heap;
}
