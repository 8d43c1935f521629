namespace Disclosure.Generator.Import;

/// <summary>One cell of an export: its text (never printed) and where it starts in the file (1-based line and column).</summary>
internal sealed record ExportCell(string Text, int Line, int Column);
