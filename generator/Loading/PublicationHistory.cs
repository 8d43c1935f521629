using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Pipeline;

namespace Disclosure.Generator.Loading;

/// <summary>Reads what Git says about publication: first-added dates, and in pull-request mode the changed files.</summary>
internal static class PublicationHistory
{
    /// <summary>The publication dates for this run; an unusable <c>--changed-since</c> ref is reported.</summary>
    public static PublicationDates Read(ContentRoot root, string? changedSince, BuildContext context)
    {
        var git = GitHistory.Open(root.SiteRoot);
        if (changedSince is not null && (git is null || !git.HasRef(changedSince)))
        {
            var why = git is null ? "不是 Git 仓库 / not a Git repository" : $"找不到 {changedSince} / {changedSince} not found";
            context.Sink.Report(RuleCodes.UnknownGitRef, SourceLocation.FileStart("site.yml"), why);
            return PublicationDates.None(context.Today);
        }

        if (git is null)
        {
            return PublicationDates.None(context.Today);
        }

        return new PublicationDates(context.Today, git.FirstAdded(), changedSince is null ? null : git.ChangedSince(changedSince));
    }
}
