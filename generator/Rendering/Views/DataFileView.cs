namespace Disclosure.Generator.Rendering.Views;

/// <summary>One open-data table on the <c>/data/</c> index: its files, schema, row count and description.</summary>
internal sealed record DataFileView
{
    /// <summary>Title (Chinese and English).</summary>
    public required string Title { get; init; }

    /// <summary>What the rows are.</summary>
    public required string Description { get; init; }

    /// <summary>Site-relative address of the CSV file.</summary>
    public required string Csv { get; init; }

    /// <summary>Site-relative address of the JSON file.</summary>
    public required string Json { get; init; }

    /// <summary>Site-relative address of the JSON Schema.</summary>
    public required string Schema { get; init; }

    /// <summary>Number of rows (records in the JSON, lines after the header in the CSV).</summary>
    public required int Rows { get; init; }

    /// <summary>Number of columns.</summary>
    public required int Columns { get; init; }
}
