namespace Disclosure.Generator.Import;

/// <summary>A case-handling system's export read into columns and rows, each cell with its position.</summary>
internal sealed record ExportTable(string Path, IReadOnlyList<string> Columns, IReadOnlyList<ExportRow> Rows);
