namespace Disclosure.Generator.Privacy;

/// <summary>
/// A detector's hit in UTF-16 offsets of the scanned text, before positions are turned into lines and
/// code-point columns.
/// </summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="Length">UTF-16 length.</param>
/// <param name="Kind">What was found.</param>
/// <param name="Rule">The detector's stable id.</param>
/// <param name="Masked">The masked rendering.</param>
internal readonly record struct ScanMatch(int Start, int Length, PersonalDataKind Kind, string Rule, string Masked)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}
