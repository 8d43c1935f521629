using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Review;

/// <summary>
/// 审定: decides whether a pull request's changes are approved, by 武汉市行政执法公示办法 第三条第二款
/// (公示内容经分管负责人审定, 重大行政执法决定经主要负责人审定). Reviewers are those named on the base branch,
/// so that a pull request cannot appoint its own approvers.
/// <list type="bullet">
/// <item>A changed or deleted record needs a deputy or principal reviewer of its agency, in its new and its old
/// version (moving a record to another agency needs both).</item>
/// <item>A decision that is or was <c>major: true</c> also needs its agency's principal head.</item>
/// <item>An attachment needs a reviewer of each agency whose records list it.</item>
/// <item>Any other file (site.yml, themes/, .github/, a file that is not a readable record) and the records of
/// an agency that names no reviewers on the base branch need the principal head of any agency.</item>
/// </list>
/// </summary>
internal static class ApprovalCheck
{
    /// <summary>The agency argument of a finding about a site-wide file, as in CODEOWNERS.</summary>
    public const string SiteWide = "*";

    /// <summary>Reports DISC113 and DISC114 for every changed path that lacks the approval it needs.</summary>
    public static void Check(RecordSet current, RecordSet baseline, IReadOnlyList<string> changed, IReadOnlySet<string> approvers, DiagnosticSink sink)
    {
        var now = ByPath(current);
        var attachments = AttachmentOwners.ByPath(current);
        var before = ByPath(baseline);
        var reviewers = baseline.Agencies
            .Where(a => a.Reviewers is { } r && r.Deputy.Count + r.Principal.Count > 0)
            .ToDictionary(a => a.Id.Value, a => a.Reviewers!, StringComparer.Ordinal);
        IReadOnlyList<string> principals = [.. reviewers.Values.SelectMany(r => r.Principal).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        foreach (var path in changed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var versions = new[] { now.GetValueOrDefault(path), before.GetValueOrDefault(path) }.OfType<DisclosureRecord>().ToList();
            if (versions.Count == 0 && !attachments.ContainsKey(path))
            {
                Require(approvers, principals, sink, path, SiteWide);
                continue;
            }

            var agencies = versions.Select(v => v.Agency.Value).Concat(attachments.GetValueOrDefault(path) ?? []);
            foreach (var agency in agencies.Distinct(StringComparer.Ordinal))
            {
                var named = reviewers.TryGetValue(agency, out var r) ? [.. r.Deputy, .. r.Principal] : principals;
                Require(approvers, named, sink, path, agency);
            }

            foreach (var major in versions.OfType<Decision>().Where(d => d.Major).DistinctBy(d => d.Agency.Value))
            {
                var heads = reviewers.TryGetValue(major.Agency.Value, out var r) ? r.Principal : principals;
                if (!heads.Any(approvers.Contains))
                {
                    var at = (now.GetValueOrDefault(path) ?? major).Source.At("major");
                    sink.Report(RuleCodes.MajorNotApproved, at, major.Id.Value, Join(heads));
                }
            }
        }
    }

    private static void Require(IReadOnlySet<string> approvers, IReadOnlyList<string> named, DiagnosticSink sink, string path, string agency)
    {
        if (!named.Any(approvers.Contains))
        {
            sink.Report(RuleCodes.NotApproved, SourceLocation.FileStart(path), path, agency, Join(named));
        }
    }

    private static string Join(IReadOnlyList<string> logins) => logins.Count == 0 ? "—" : string.Join(", ", logins);

    private static Dictionary<string, DisclosureRecord> ByPath(RecordSet records)
    {
        var byPath = new Dictionary<string, DisclosureRecord>(StringComparer.Ordinal);
        foreach (var record in records.All())
        {
            byPath.TryAdd(record.Source.Path, record);
        }

        return byPath;
    }
}
