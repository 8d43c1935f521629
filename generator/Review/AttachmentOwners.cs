using Disclosure.Generator.Records;

namespace Disclosure.Generator.Review;

/// <summary>
/// Which agencies publish each attachment: a file under content/attachments/ belongs to the agencies whose
/// records list it, so that their reviewers, not the whole site's, approve a new flow chart or form.
/// </summary>
internal static class AttachmentOwners
{
    /// <summary>Site-relative attachment path → the ids of the agencies whose records list it, sorted.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByPath(RecordSet records)
    {
        var lists = records.Procedures.Select(p => (p.Agency, p.Attachments))
            .Concat(records.Guides.Select(g => (g.Agency, g.Attachments)))
            .Concat(records.Notices.Select(n => (n.Agency, n.Attachments)));
        return lists
            .SelectMany(l => l.Attachments.Select(a => (Path: a.File.Replace('\\', '/'), Agency: l.Agency.Value)))
            // A path that leaves content/attachments/ is never published (DISC009), so it has no owner either.
            .Where(a => !a.Path.Split('/').Contains(".."))
            .GroupBy(a => "content/attachments/" + a.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(a => a.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
    }
}
