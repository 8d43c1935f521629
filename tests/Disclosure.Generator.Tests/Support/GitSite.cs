using System.Diagnostics;

namespace Disclosure.Generator.Tests.Support;

/// <summary>A copy of the base mini-site in a fresh Git repository, with commits at chosen dates.</summary>
internal sealed class GitSite : IDisposable
{
    private readonly TempDir _dir = new();

    public GitSite()
    {
        _dir.CopyFrom(System.IO.Path.Combine(RepoPaths.TestData, "Sites", "base"));
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "editor@example.invalid");
        Git("config", "user.name", "Editor");
    }

    public string Path => _dir.Path;

    public void Write(string relative, string text) => _dir.Write(relative, text);

    /// <summary>Commits everything with author and committer date at noon China time on the given day.</summary>
    public void Commit(string message, DateOnly day)
    {
        Git("add", "-A");
        var when = $"{day:yyyy-MM-dd}T12:00:00+08:00";
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = when, ["GIT_COMMITTER_DATE"] = when }, "commit", "-q", "-m", message);
    }

    public void Git(params string[] args) => Git(new Dictionary<string, string>(), args);

    private void Git(Dictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }

    public void Dispose() => _dir.Dispose();
}
