namespace Disclosure.Generator.Import;

/// <summary>
/// One record of an export. <paramref name="Number"/> is the row as a spreadsheet shows it (the CSV header is
/// row 1, so the first record is row 2) or, for JSON, the record's 1-based place in the array.
/// <paramref name="Problem"/> says why the row cannot be read as a whole (bilingual), or is null.
/// </summary>
internal sealed record ExportRow(int Number, int Line, int Column, IReadOnlyDictionary<string, ExportCell> Cells, string? Problem = null)
{
    /// <summary>The cell of a column, or null when the row has none.</summary>
    public ExportCell? Cell(string column) => Cells.GetValueOrDefault(column);
}
