using Disclosure.Generator.Model;
using Disclosure.Generator.Output;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Open data (武汉 第五条, 创新公开方式): every published record kind as <c>data/NAME.csv</c> and
/// <c>data/NAME.json</c>, each with a JSON Schema under <c>data/schema/VERSION/</c>, plus the 双公示 exports.
/// Built from the site model, so what the pages withhold (excluded, withdrawn, expired, scheduled records and
/// confidential agencies' officers) is never a row. Files go through the output plan like pages: hashed,
/// scanned for personal data and staged.
/// </summary>
internal static class OpenDataExporter
{
    /// <summary>
    /// The schema version, part of every schema's address and <c>$id</c>. A change that removes or renames a
    /// column, or changes its type, needs a new version; adding a column does not.
    /// </summary>
    public const string SchemaVersion = "v1";

    /// <summary>Builds every table and adds its three files to the plan.</summary>
    public static OpenDataResult Export(SiteModel model, OutputPlan plan)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(plan);
        var tables = Tables(model);
        foreach (var table in tables)
        {
            var schemaUrl = model.Config.BaseUrl + table.SchemaPath;
            plan.Add(table.SchemaPath, JsonSchemaWriter.Write(table, schemaUrl));
            plan.Add(table.JsonPath, JsonTableWriter.Write(table, schemaUrl));
            plan.Add(table.CsvPath, CsvWriter.Write(table));
        }

        return new OpenDataResult(tables);
    }

    /// <summary>Every table, in the order of the index page.</summary>
    public static IReadOnlyList<DataTable> Tables(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        string Url(string path) => model.Config.BaseUrl + path;
        IReadOnlyList<DataTable> tables =
        [
            RecordTables.Agencies(model, Url), RecordTables.Officers(model, Url), RecordTables.Powers(model, Url),
            RecordTables.InspectionLists(model, Url), RecordTables.Procedures(model, Url), RecordTables.Guides(model, Url),
            ResultTables.Notices(model, Url), ResultTables.Decisions(model, Url), ResultTables.InspectionPlans(model, Url),
            ResultTables.InspectionResults(model, Url), ResultTables.InspectionResultItems(model, Url), ResultTables.Reports(model, Url),
            ResultTables.Corrections(model, Url), ShuanggongshiTables.Penalties(model), ShuanggongshiTables.Licences(model),
        ];
        foreach (var table in tables)
        {
            if (table.Rows.Any(r => r.Count != table.Columns.Count))
            {
                throw new InvalidOperationException($"Open-data table {table.Name} has a row whose cell count differs from its columns.");
            }
        }

        return tables;
    }
}
