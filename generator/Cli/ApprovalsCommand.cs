using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Review;

namespace Disclosure.Generator.Cli;

/// <summary>
/// <c>approvals --reviews FILE --changed-since REF</c>: review as approval. Fails unless every file changed
/// since the base was approved in the pull request's reviews as <see cref="ApprovalCheck"/> requires.
/// </summary>
internal static class ApprovalsCommand
{
    /// <summary>Prints DISC113/DISC114 for what is not approved; exit 0 only when everything is.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Reviews is null || options.ChangedSince is null || options.Arguments.Count != 0)
        {
            stderr.WriteLine("usage: disclosure approvals --reviews FILE --changed-since REF");
            return ExitCodes.Usage;
        }

        var en = options.Language == MessageLanguage.English;
        var approvers = ReadApprovers(options.Reviews, en, stderr);
        if (approvers is null)
        {
            return ExitCodes.Usage;
        }

        var site = Path.GetFullPath(options.Site);
        var history = GitHistory.Open(site);
        var mergeBase = history is not null && history.HasRef(options.ChangedSince) ? history.MergeBase(options.ChangedSince) : null;
        if (history is null || mergeBase is null)
        {
            stderr.WriteLine("disclosure: " + (history is null
                ? (en ? $"{site} is not in a Git repository" : $"{site} 不在 Git 仓库中")
                : (en ? $"{options.ChangedSince} names no commit shared with HEAD" : $"找不到 {options.ChangedSince}，或它与 HEAD 没有共同的提交")));
            return ExitCodes.Usage;
        }

        var changed = history.ChangedSince(options.ChangedSince).Keys
            .Concat(history.DeletedSince(options.ChangedSince))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        // Reading problems are check's to report; here an unreadable file simply counts as a site-wide one.
        var current = RecordLoader.Load(new ContentRoot(site), new DiagnosticSink()).Records;
        var baseline = BaseRecordLoader.Load(history, mergeBase, changed);
        var sink = new DiagnosticSink();
        ApprovalCheck.Check(current, baseline, changed, approvers, sink);
        if (DiagnosticPrinter.Print(sink, options.Language, stderr) > 0)
        {
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine(en ? $"Approved: all {changed.Count} changed file(s)." : $"审定：{changed.Count} 个改动文件均已批准。");
        return ExitCodes.Ok;
    }

    private static IReadOnlySet<string>? ReadApprovers(string file, bool en, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            stderr.WriteLine($"disclosure: {file}: " + (en ? "no such file" : "文件不存在"));
            return null;
        }

        var approvers = PullRequestReviews.Approvers(File.ReadAllText(file), out var error);
        if (approvers is null)
        {
            stderr.WriteLine($"disclosure: {file}: " + (en ? "not a GitHub reviews array: " : "不是 GitHub 评审（reviews）数组：") + error);
        }

        return approvers;
    }
}
