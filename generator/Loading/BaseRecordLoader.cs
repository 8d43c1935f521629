using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>
/// Reads records as they were at a pull request's base commit: every agency (whose reviewers approve the
/// change, so that a pull request cannot appoint its own approvers) and the earlier version of each changed
/// or deleted file (its agency, and whether it was a major decision). The files are copied out of Git into a
/// temporary folder and read by the real <see cref="RecordLoader"/>, so they mean what the build makes of them.
/// </summary>
internal static class BaseRecordLoader
{
    /// <summary>The records at <paramref name="commit"/>: all agencies plus those of the given site-relative paths that are record files.</summary>
    public static RecordSet Load(GitHistory history, string commit, IEnumerable<string> paths)
    {
        var wanted = history.FilesAt(commit, "content/agencies")
            .Concat(paths.Where(p => p.StartsWith("content/", StringComparison.Ordinal) && Path.GetExtension(p) is ".yml" or ".yaml" or ".md"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var scratch = Directory.CreateTempSubdirectory("disclosure-base-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(scratch, "content"));
            foreach (var path in wanted)
            {
                if (history.ReadAt(commit, path) is { } text)
                {
                    var target = Path.Combine(scratch, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllText(target, text);
                }
            }

            // Problems in the old versions were the base's to fix; only the records matter here.
            return RecordLoader.Load(new ContentRoot(scratch), new DiagnosticSink()).Records;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
