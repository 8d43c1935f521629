using System.Globalization;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Import;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Output;
using Disclosure.Generator.Pipeline;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Cli;

/// <summary>
/// <c>import --from FILE --agency ID [--mapping FILE] [--format csv|json] [--out DIR] [--update]</c>: turns a
/// case-handling system's export into decision record files ready for a pull request (武汉 第五条). Rows that
/// cannot be converted are reported (DISC183–DISC189) and skipped; the others are written through a delta
/// folder beside --out, moved in only once all are staged. An identical file is left alone; a different one is
/// reported and kept unless --update. Exit 0 when every row was imported, 1 when a row or the export was
/// refused, 2 on a usage or mapping error.
/// </summary>
internal static class ImportCommand
{
    private const string UsageLine = "usage: disclosure import --from FILE --agency ID [--mapping FILE] [--format csv|json] [--out DIR] [--update]";

    /// <summary>Runs the import.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var en = options.Language == MessageLanguage.English;
        if (Usage(options, en) is { } problem)
        {
            stderr.WriteLine("disclosure import: " + problem);
            stderr.WriteLine(UsageLine);
            return ExitCodes.Usage;
        }

        var sink = new DiagnosticSink();
        var root = new ContentRoot(Path.GetFullPath(options.Site));
        var config = SiteConfigLoader.Load(root, sink);
        if (sink.HasErrors)
        {
            return Finish(sink, options, stderr, ExitCodes.Usage);
        }

        var mapping = options.Mapping is null ? null : ImportMappingLoader.Load(File.ReadAllText(options.Mapping), Display(options.Mapping), sink);
        if (sink.HasErrors)
        {
            return Finish(sink, options, stderr, ExitCodes.Usage);
        }

        var format = options.Format is "csv" or "json" ? options.Format : mapping?.Format ?? Path.GetExtension(options.From!).TrimStart('.').ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            stderr.WriteLine(en ? "disclosure import: cannot tell the format from the file name; give --format csv or json" : "disclosure import: 无法从文件名判断格式，请指定 --format csv 或 json");
            return ExitCodes.Usage;
        }

        var existing = RecordLoader.Load(root, new DiagnosticSink()).Records;
        if (!RecordId.TryParse(options.Agency, out var agency) || !existing.Agencies.Any(a => a.Id == agency))
        {
            var known = string.Join(", ", existing.Agencies.Select(a => a.Id.Value));
            stderr.WriteLine(en ? $"disclosure import: agency '{options.Agency}' does not exist (known: {known})" : $"disclosure import: 执法主体 {options.Agency} 不存在（已有：{known}）");
            return ExitCodes.Usage;
        }

        var table = ReadExport(options.From!, format, mapping, sink);
        mapping ??= table is null ? null : ImportMapping.SameNames(table.Columns, table.Path);
        if (table is null || mapping is null || !MappingFits(mapping, table, sink))
        {
            return Finish(sink, options, stderr, ExitCodes.ContentErrors);
        }

        var output = Path.GetFullPath(options.Output ?? Path.Combine(root.ContentPath, "decisions"));
        var request = new ImportRequest
        {
            Table = table,
            Mapping = mapping,
            Agency = agency,
            Existing = existing,
            Config = config,
            Calendar = CalendarLoader.Load(root, new DiagnosticSink()),
            Today = options.Today ?? config.Today ?? new SystemClock().Today,
            OutputPath = root.Relative(output),
            Language = options.Language,
        };
        var result = DecisionImporter.Import(request, sink);
        var outcome = Write(result, output, options.Update, sink);
        var code = Finish(sink, options, stderr, sink.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok);
        PrintSummary(result, outcome, output, en, stdout);
        return code;
    }

    private static string? Usage(CliOptions options, bool en)
    {
        if (options.From is null || options.Agency is null)
        {
            return en ? "--from and --agency are required" : "缺少 --from 或 --agency";
        }

        var missing = new[] { options.From, options.Mapping }.FirstOrDefault(p => p is not null && !File.Exists(p));
        return missing is null ? null : en ? $"{missing} does not exist" : $"{missing} 不存在";
    }

    private static ExportTable? ReadExport(string from, string format, ImportMapping? mapping, DiagnosticSink sink)
    {
        var bytes = File.ReadAllBytes(from);
        var display = Display(from);
        if (format == "json")
        {
            return JsonExportReader.Read(bytes, display, mapping?.Records, sink);
        }

        var text = ExportTextDecoder.Decode(bytes, mapping?.Encoding ?? "auto", out var problem);
        if (text is null)
        {
            sink.Report(RuleCodes.ImportExportUnreadable, SourceLocation.FileStart(display), problem ?? string.Empty);
            return null;
        }

        return CsvExportReader.Read(text, display, mapping?.Delimiter ?? ',', sink);
    }

    private static bool MappingFits(ImportMapping mapping, ExportTable table, DiagnosticSink sink)
    {
        if (mapping.Fields.Count == 0)
        {
            sink.Report(RuleCodes.ImportMappingInvalid, SourceLocation.FileStart(table.Path), "没有 --mapping 时列名应为字段名 / without --mapping, columns must be named after the fields", ImportFields.Names);
            return false;
        }

        var fits = true;
        foreach (var field in mapping.Fields)
        {
            foreach (var column in field.Columns.Where(c => !table.Columns.Contains(c)))
            {
                sink.Report(RuleCodes.ImportColumnMissing, field.Location, column, field.Field);
                fits = false;
            }
        }

        return fits;
    }

    private static (int Created, int Updated, int Unchanged, bool Written) Write(ImportResult result, string output, bool update, DiagnosticSink sink)
    {
        var toWrite = new List<ImportedFile>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var file in result.Files)
        {
            switch (ImportStaging.SameAsExisting(output, file.Path, file.Content))
            {
                case null:
                    created++;
                    toWrite.Add(file);
                    break;
                case true:
                    unchanged++;
                    break;
                case false when update:
                    updated++;
                    toWrite.Add(file);
                    break;
                case false:
                    sink.Report(RuleCodes.ImportFileDiffers, file.Decision.Location, file.Decision.Row.ToString(CultureInfo.InvariantCulture), file.Path);
                    break;
            }
        }

        if (toWrite.Count == 0)
        {
            return (created, updated, unchanged, true);
        }

        using var staging = ImportStaging.Begin(output, sink);
        if (staging is null)
        {
            return (0, 0, unchanged, false);
        }

        foreach (var file in toWrite)
        {
            staging.Write(file.Path, file.Content);
        }

        return staging.Commit(sink) ? (created, updated, unchanged, true) : (0, 0, unchanged, false);
    }

    private static int Finish(DiagnosticSink sink, CliOptions options, TextWriter stderr, int code)
    {
        DiagnosticPrinter.Print(sink, options.Language, stderr);
        return code;
    }

    private static void PrintSummary(ImportResult result, (int Created, int Updated, int Unchanged, bool Written) outcome, string output, bool en, TextWriter stdout)
    {
        var refused = result.Rows - outcome.Created - outcome.Updated - outcome.Unchanged;
        stdout.WriteLine(!outcome.Written
            ? (en ? $"Nothing was written; {output} is unchanged." : $"未写入任何文件，{output} 保持不变。")
            : en
                ? $"Imported {result.Rows} rows: {outcome.Created} new, {outcome.Updated} updated, {outcome.Unchanged} unchanged, {refused} refused ({output})."
                : $"导入 {result.Rows} 行：新建 {outcome.Created}，更新 {outcome.Updated}，未变 {outcome.Unchanged}，未导入 {refused}（{output}）。");
    }

    private static string Display(string path) => path.Replace('\\', '/');
}
