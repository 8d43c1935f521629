namespace Disclosure.Generator.Indexing;

/// <summary>
/// Where one growable byte stream lives in a <see cref="PostingsArena"/>: its first slice, the next byte to
/// write, the end of the current slice's payload, the current slice's level and the bytes written. All zero
/// for a stream not yet started.
/// </summary>
internal struct ArenaStream
{
    /// <summary>Address of the first slice; 0 until the first byte.</summary>
    public int Head;

    /// <summary>Address of the next byte to write.</summary>
    public int Cursor;

    /// <summary>Address of the current slice's link to the next one, just after its payload.</summary>
    public int End;

    /// <summary>Size level of the current slice.</summary>
    public int Level;

    /// <summary>Bytes written.</summary>
    public int Length;
}
