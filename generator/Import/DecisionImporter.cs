using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Records;
using Disclosure.Generator.Validation;

namespace Disclosure.Generator.Import;

/// <summary>
/// 导入 (武汉 第五条, 创新公开方式): turns the rows of a case-handling system's export into decision record files.
/// Each row is converted on its own (<see cref="RowConverter"/>); a row with a duplicate document number is
/// refused; every converted record is then read back by the loader and checked by the same publication rules
/// as <c>check</c> together with the site's records, so that a file the import writes passes <c>check</c>
/// unchanged. Problems are reported per row; the other rows are still converted. Writes nothing.
/// </summary>
internal static class DecisionImporter
{
    /// <summary>Converts the export; the files are sorted by path.</summary>
    public static ImportResult Import(ImportRequest request, DiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scanner = new PersonalDataScanner(PublicAllowances.From(request.Existing, request.Config));
        var converter = new RowConverter(request.Mapping, scanner, request.Language, request.Table.Path, sink);
        var files = new List<ImportedFile>();
        foreach (var row in request.Table.Rows)
        {
            if (converter.Convert(row) is { } decision)
            {
                var (id, path) = ImportedFileName.For(request.Agency.Value, decision.DocumentNumber, decision.DecisionDate);
                files.Add(new ImportedFile(path, DecisionYamlWriter.Write(id, request.Agency.Value, decision), decision));
            }
        }

        files = RejectDuplicates(files, request, sink);
        files = RejectFailingChecks(files, request, sink);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new ImportResult(files, request.Table.Rows.Count, request.Table.Rows.Count - files.Count);
    }

    private static List<ImportedFile> RejectDuplicates(List<ImportedFile> files, ImportRequest request, DiagnosticSink sink)
    {
        var kept = new List<ImportedFile>();
        var existing = request.Existing.Decisions.ToLookup(d => d.DocumentNumber.Value, StringComparer.Ordinal);
        var en = request.Language == MessageLanguage.English;
        foreach (var file in files)
        {
            var number = file.Decision.DocumentNumber;
            var twin = files.Find(f => f != file && f.Decision.DocumentNumber == number);
            var other = existing[number].FirstOrDefault(d => d.Source.Path != SitePath(request, file));
            var what = twin is not null
                ? en ? $"is also on row {twin.Decision.Row}" : $"与第 {twin.Decision.Row} 行重复"
                : other is not null ? (en ? $"is already used by {other.Source.Path}" : $"已由 {other.Source.Path} 使用") : null;
            if (what is null)
            {
                kept.Add(file);
                continue;
            }

            sink.Report(RuleCodes.ImportDuplicateNumber, file.Decision.Location, Row(file), what);
        }

        return kept;
    }

    private static List<ImportedFile> RejectFailingChecks(List<ImportedFile> files, ImportRequest request, DiagnosticSink sink)
    {
        var scratch = new DiagnosticSink();
        var paths = files.ToDictionary(f => SitePath(request, f), StringComparer.Ordinal);
        var loaded = new List<Decision>();
        foreach (var (path, file) in paths)
        {
            // Read back exactly as check will: a new file without `published` is published on the day it is merged.
            var source = new SourceFile(path, 0, scratch) { DefaultPublished = request.Today };
            var node = YamlDocumentParser.Parse(System.Text.Encoding.UTF8.GetString(file.Content), source);
            if (node is not null && DecisionReader.Read(new FieldReader(node, source), null) is { } decision)
            {
                loaded.Add(decision);
            }
        }

        var records = request.Existing with
        {
            Decisions = [.. request.Existing.Decisions.Where(d => !paths.ContainsKey(d.Source.Path)), .. loaded],
        };
        RuleRunner.Run(new RuleContext(records, request.Config, request.Today, request.Calendar, scratch));
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in scratch.Sorted().Where(d => d.Severity == Severity.Error && paths.ContainsKey(d.Location.Path)))
        {
            var file = paths[problem.Location.Path];
            failed.Add(problem.Location.Path);
            var what = MessageCatalogue.Render(problem, request.Language).What;
            sink.Report(RuleCodes.ImportFailsCheck, file.Decision.Location, Row(file), problem.Code, what);
        }

        return [.. files.Where(f => !failed.Contains(SitePath(request, f)))];
    }

    private static string SitePath(ImportRequest request, ImportedFile file) => request.OutputPath.TrimEnd('/') + "/" + file.Path;

    private static string Row(ImportedFile file) => file.Decision.Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
