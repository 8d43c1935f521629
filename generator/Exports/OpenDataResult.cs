using Disclosure.Generator.Rendering.Views;

namespace Disclosure.Generator.Exports;

/// <summary>The open-data files a build added to its output plan, for the <c>/data/</c> index page.</summary>
internal sealed record OpenDataResult(IReadOnlyList<DataTable> Tables)
{
    /// <summary>The index page's rows, in file order.</summary>
    public IReadOnlyList<DataFileView> Files => [.. Tables.Select(t => new DataFileView
    {
        Title = t.Title,
        Description = t.Description,
        Csv = t.CsvPath,
        Json = t.JsonPath,
        Schema = t.SchemaPath,
        Rows = t.Rows.Count,
        Columns = t.Columns.Count,
    })];
}
