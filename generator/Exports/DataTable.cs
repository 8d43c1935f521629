namespace Disclosure.Generator.Exports;

/// <summary>
/// One open-data file pair (<c>data/NAME.csv</c> and <c>data/NAME.json</c>): published rows only, every cell
/// already formatted as text, in the order of <see cref="Columns"/>.
/// </summary>
internal sealed record DataTable(string Name, string Title, string Description, IReadOnlyList<DataColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>The CSV file's site-relative path.</summary>
    public string CsvPath => $"data/{Name}.csv";

    /// <summary>The JSON file's site-relative path.</summary>
    public string JsonPath => $"data/{Name}.json";

    /// <summary>The JSON Schema's site-relative path (the schema version is part of it).</summary>
    public string SchemaPath => $"data/schema/{OpenDataExporter.SchemaVersion}/{Name}.schema.json";
}
