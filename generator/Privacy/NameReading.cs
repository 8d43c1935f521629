namespace Disclosure.Generator.Privacy;

/// <summary>What follows a context word: nothing name-like, a masked name (张某, 欧阳某某), or an unmasked name.</summary>
/// <param name="IsPerson">True for a masked or unmasked name.</param>
/// <param name="IsMasked">True for surname + 某.</param>
/// <param name="Start">Offset of the name.</param>
/// <param name="Length">UTF-16 length of the name (for a masked name, of surname and 某).</param>
/// <param name="SurnameLength">1 or 2.</param>
internal readonly record struct NameReading(bool IsPerson, bool IsMasked, int Start, int Length, int SurnameLength)
{
    /// <summary>Not a name.</summary>
    public static NameReading None => default;

    /// <summary>The offset just past the name.</summary>
    public int End => Start + Length;

    /// <summary>True for an unmasked name, which is personal data.</summary>
    public bool IsUnmaskedName => IsPerson && !IsMasked;
}
