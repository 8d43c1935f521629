namespace Disclosure.Generator.Exports;

/// <summary>
/// One column of an open-data table: its name (JSON property and CSV header), type and meaning, and for text
/// in a fixed format the regular expression its schema requires.
/// </summary>
internal sealed record DataColumn(string Name, DataType Type, string Description, string? Pattern = null);
