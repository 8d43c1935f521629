using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>
/// Finds every record file under content/, reads them in parallel, and maps each to its record kind.
/// Every problem is reported with its position; no file is ever dropped silently.
/// </summary>
internal static class RecordLoader
{
    /// <summary>Reads content/ into a record set; records without <c>published</c> take their date from <paramref name="dates"/>.</summary>
    public static LoadResult Load(ContentRoot root, DiagnosticSink sink, PublicationDates? dates = null)
    {
        dates ??= PublicationDates.None(DateOnly.MinValue);
        var files = FindRecordFiles(root, sink);
        var records = new DisclosureRecord?[files.Count];
        Parallel.For(0, files.Count, i => records[i] = ReadOne(root, files[i].Path, files[i].Kind, files[i].Markdown, sink, dates));

        var loaded = records.OfType<DisclosureRecord>().ToList();
        var set = new RecordSet
        {
            Agencies = Sorted<Agency>(loaded),
            Officers = Sorted<Officer>(loaded),
            Powers = Sorted<PowerList>(loaded),
            InspectionLists = Sorted<InspectionList>(loaded),
            Procedures = Sorted<Procedure>(loaded),
            Guides = Sorted<ServiceGuide>(loaded),
            Notices = Sorted<ProcessNotice>(loaded),
            Decisions = Sorted<Decision>(loaded),
            InspectionPlans = Sorted<InspectionPlan>(loaded),
            InspectionResults = Sorted<InspectionResult>(loaded),
            Reports = Sorted<StatisticsReport>(loaded),
            Corrections = Sorted<Correction>(loaded),
        };
        var attachments = AttachmentCheck.Check(root, set, sink);
        return new LoadResult(set, attachments, files.Count);
    }

    private static List<T> Sorted<T>(List<DisclosureRecord> records)
        where T : DisclosureRecord =>
        [.. records.OfType<T>().OrderBy(r => r.Id.Value, StringComparer.Ordinal).ThenBy(r => r.Source.Path, StringComparer.Ordinal)];

    private static List<(string Path, RecordKind Kind, bool Markdown)> FindRecordFiles(ContentRoot root, DiagnosticSink sink)
    {
        var found = new List<(string, RecordKind, bool)>();
        if (!Directory.Exists(root.ContentPath))
        {
            sink.Report(RuleCodes.UnknownLocation, SourceLocation.FileStart("content/"), "content/", RecordFolders.Names);
            return found;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, ReturnSpecialDirectories = false };
        foreach (var path in Directory.EnumerateFiles(root.ContentPath, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root.ContentPath, path).Replace('\\', '/');
            var top = relative.Split('/')[0];
            if (top is RecordFolders.Attachments or RecordFolders.Calendar || Path.GetFileName(path).StartsWith('.'))
            {
                continue;
            }

            var folder = RecordFolders.All.FirstOrDefault(f => f.Folder == top && relative.Contains('/', StringComparison.Ordinal));
            var extension = Path.GetExtension(path);
            var isYaml = extension is ".yml" or ".yaml";
            var isMarkdown = extension == ".md";
            if (folder.Folder is null || !(isYaml || (isMarkdown && folder.Markdown)))
            {
                sink.Report(RuleCodes.UnknownLocation, SourceLocation.FileStart(root.Relative(path)), root.Relative(path), RecordFolders.Names);
                continue;
            }

            found.Add((path, folder.Kind, isMarkdown));
        }

        return found;
    }

    private static DisclosureRecord? ReadOne(ContentRoot root, string path, RecordKind kind, bool markdown, DiagnosticSink sink, PublicationDates dates)
    {
        var relative = root.Relative(path);
        var text = TextFileReader.Read(path, relative, sink);
        if (text is null)
        {
            return null;
        }

        var yaml = text;
        var offset = 0;
        string? body = null;
        if (markdown)
        {
            var split = FrontMatter.Split(text, out var problem);
            if (split is null)
            {
                sink.Report(RuleCodes.FrontMatter, SourceLocation.FileStart(relative), problem ?? string.Empty);
                return null;
            }

            (yaml, offset, body) = (split.Yaml, split.YamlLineOffset, string.IsNullOrWhiteSpace(split.Body) ? null : split.Body);
        }

        var (published, isNew) = dates.For(relative);
        var file = new SourceFile(relative, offset, sink) { DefaultPublished = published, IsNew = isNew };
        var node = YamlDocumentParser.Parse(yaml, file);
        if (node is null)
        {
            return null;
        }

        var fields = new FieldReader(node, file);
        if (markdown)
        {
            // The body starts after the opening ---, the YAML lines and the closing ---.
            fields.Locate("body", new SourceLocation(relative, yaml.Count(c => c == '\n') + 3, 1));
        }

        var record = KindReaders.Read(kind, fields, body);
        CheckFileName(record, path, relative, fields);
        return record;
    }

    private static void CheckFileName(DisclosureRecord? record, string path, string relative, FieldReader fields)
    {
        // The file name is the id, so that an editor finds a record from its URL and two files cannot claim one page.
        if (record is not null && Path.GetFileNameWithoutExtension(path) != record.Id.Value)
        {
            fields.Report(RuleCodes.InvalidValue, "id", "id", $"与文件名 {Path.GetFileName(relative)} 不一致 / differs from the file name");
        }
    }
}
