using System.Diagnostics;
using System.Globalization;

namespace Disclosure.Generator.Loading;

/// <summary>
/// What Git knows about the content: when each file was first added (its publication date when the record
/// has no <c>published</c> field) and which files changed since a ref (pull-request mode). Runs the
/// <c>git</c> command in the site folder; outside a repository it knows nothing.
/// </summary>
internal sealed class GitHistory
{
    private readonly string _root;

    private GitHistory(string root, string topLevel)
    {
        _root = root;
        TopLevel = topLevel;
    }

    /// <summary>The repository's top folder.</summary>
    public string TopLevel { get; }

    /// <summary>The history of the repository holding the site, or null when the site is not in a Git repository.</summary>
    public static GitHistory? Open(string siteRoot)
    {
        var top = Run(siteRoot, "rev-parse", "--show-toplevel");
        return top.Code == 0 ? new GitHistory(siteRoot, top.Output.Trim()) : null;
    }

    /// <summary>True when the ref names a commit.</summary>
    public bool HasRef(string gitRef) => Run(_root, "rev-parse", "--verify", "--quiet", gitRef + "^{commit}").Code == 0;

    /// <summary>
    /// Site-relative paths of files added or changed since <paramref name="gitRef"/> (merge base with HEAD),
    /// including uncommitted and untracked files, with whether each is new.
    /// </summary>
    public IReadOnlyDictionary<string, bool> ChangedSince(string gitRef)
    {
        var changed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var committed = Run(_root, "diff", "--name-status", "--no-renames", gitRef + "...HEAD", "--", ".");
        var working = Run(_root, "status", "--porcelain", "--untracked-files=all", "--", ".");
        foreach (var line in committed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && parts[0] != "D")
            {
                changed[Relative(parts[1])] = parts[0] == "A";
            }
        }

        foreach (var line in working.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 3 && line[0] != 'D' && line[1] != 'D')
            {
                var path = Relative(line[3..].Trim('"'));
                var isNew = line.StartsWith("??", StringComparison.Ordinal) || line[0] == 'A';
                changed[path] = isNew || changed.GetValueOrDefault(path);
            }
        }

        return changed;
    }

    /// <summary>The commit date (China Standard Time) on which each file under content/ was first added.</summary>
    public IReadOnlyDictionary<string, DateOnly> FirstAdded()
    {
        var added = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var log = Run(_root, "log", "--reverse", "--diff-filter=A", "--no-renames", "--format=@%cI", "--name-only", "--", ".");
        DateOnly current = default;
        foreach (var line in log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('@'))
            {
                current = DateOnly.FromDateTime(DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8)).DateTime);
            }
            else
            {
                added.TryAdd(Relative(line), current);
            }
        }

        return added;
    }

    /// <summary>The commit where HEAD's branch left <paramref name="gitRef"/> (what a pull request is compared with), or null.</summary>
    public string? MergeBase(string gitRef)
    {
        var result = Run(_root, "merge-base", gitRef, "HEAD");
        return result.Code == 0 ? result.Output.Trim() : null;
    }

    /// <summary>Site-relative paths of files deleted since <paramref name="gitRef"/> (merge base with HEAD), committed or not.</summary>
    public IReadOnlyList<string> DeletedSince(string gitRef)
    {
        var deleted = new SortedSet<string>(StringComparer.Ordinal);
        var committed = Run(_root, "diff", "--name-status", "--no-renames", gitRef + "...HEAD", "--", ".");
        var working = Run(_root, "status", "--porcelain", "--untracked-files=no", "--", ".");
        foreach (var parts in committed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')))
        {
            if (parts.Length == 2 && parts[0] == "D")
            {
                deleted.Add(Relative(parts[1]));
            }
        }

        foreach (var line in working.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 3 && (line[0] == 'D' || line[1] == 'D'))
            {
                deleted.Add(Relative(line[3..].Trim('"')));
            }
        }

        return [.. deleted];
    }

    /// <summary>The text of a site-relative file as it was at <paramref name="commit"/>, or null when it did not exist there.</summary>
    public string? ReadAt(string commit, string path)
    {
        var result = Run(_root, "show", commit + ":./" + path);
        return result.Code == 0 ? result.Output : null;
    }

    /// <summary>Site-relative paths of the files under a site-relative folder at <paramref name="commit"/>.</summary>
    public IReadOnlyList<string> FilesAt(string commit, string folder)
    {
        var result = Run(_root, "ls-tree", "-r", "--name-only", commit, "--", folder);
        return result.Code == 0 ? [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>The folder Git runs hooks from (it honours <c>core.hooksPath</c> and linked worktrees).</summary>
    public string HooksFolder() => Path.GetFullPath(Path.Combine(_root, Run(_root, "rev-parse", "--git-path", "hooks").Output.Trim()));

    private string Relative(string repoPath) =>
        Path.GetRelativePath(_root, Path.Combine(TopLevel, repoPath)).Replace('\\', '/');

    private static (int Code, string Output) Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotePath=false");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on this machine: the history is simply unknown.
            return (-1, string.Empty);
        }
    }
}
