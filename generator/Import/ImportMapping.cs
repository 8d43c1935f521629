namespace Disclosure.Generator.Import;

/// <summary>
/// A mapping file: how the columns of a case-handling system's export become decision fields, and how the
/// export is read (format, encoding, CSV delimiter, where a JSON export keeps its records).
/// </summary>
internal sealed record ImportMapping
{
    /// <summary>The default date formats, tried in order.</summary>
    public static readonly IReadOnlyList<string> DefaultDateFormats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyyMMdd", "yyyy.M.d"];

    /// <summary>The field mappings, in the order of <see cref="ImportFields.All"/>.</summary>
    public required IReadOnlyList<FieldMapping> Fields { get; init; }

    /// <summary>csv or json, when the mapping fixes it.</summary>
    public string? Format { get; init; }

    /// <summary>auto, utf-8 or gb18030.</summary>
    public string Encoding { get; init; } = "auto";

    /// <summary>The CSV delimiter.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>The property of a JSON export's top-level object that holds the array of records (null: the top level is the array).</summary>
    public string? Records { get; init; }

    /// <summary>
    /// The mapping used without <c>--mapping</c>: each field is read from a column of the same name
    /// (<c>document_number</c>, <c>target.type</c> …) when the export has one.
    /// </summary>
    public static ImportMapping SameNames(IReadOnlyList<string> columns, string exportPath) => new()
    {
        Fields = [.. ImportFields.All.Where(f => columns.Contains(f.Name)).Select(f => new FieldMapping
        {
            Field = f.Name,
            Kind = f.Kind,
            Column = f.Name,
            DateFormats = DefaultDateFormats,
            Location = Diagnostics.SourceLocation.FileStart(exportPath),
        })],
    };

    /// <summary>The mapping of a field, or null when it is not mapped.</summary>
    public FieldMapping? For(string field) => Fields.FirstOrDefault(f => f.Field == field);
}
