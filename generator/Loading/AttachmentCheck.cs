using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Checks that every attachment exists inside content/attachments/ and lists the files to publish.</summary>
internal static class AttachmentCheck
{
    /// <summary>The distinct attachment paths that exist, sorted.</summary>
    public static IReadOnlyList<string> Check(ContentRoot root, RecordSet records, DiagnosticSink sink)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var owners = records.Procedures.Select(p => ((DisclosureRecord)p, p.Attachments))
            .Concat(records.Guides.Select(g => ((DisclosureRecord)g, g.Attachments)))
            .Concat(records.Notices.Select(n => ((DisclosureRecord)n, n.Attachments)));
        var baseDir = Path.GetFullPath(root.AttachmentsPath) + Path.DirectorySeparatorChar;
        foreach (var (record, attachments) in owners)
        {
            for (var i = 0; i < attachments.Count; i++)
            {
                var file = attachments[i].File.Replace('\\', '/');
                var full = Path.GetFullPath(Path.Combine(root.AttachmentsPath, file));
                // A path that leaves content/attachments/ (../) is treated as missing: nothing outside is published.
                if (!full.StartsWith(baseDir, StringComparison.Ordinal) || !File.Exists(full))
                {
                    var at = record.Source.At(string.Create(CultureInfo.InvariantCulture, $"attachments[{i}].file"));
                    sink.Report(RuleCodes.MissingAttachment, at, file);
                    continue;
                }

                found.Add(file);
            }
        }

        return [.. found];
    }
}
