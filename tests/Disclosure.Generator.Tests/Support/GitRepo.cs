using System.Diagnostics;

namespace Disclosure.Generator.Tests.Support;

/// <summary>
/// A throw-away Git repository in a temporary folder, for tests of pull-request mode. Commits carry fixed
/// dates and a test identity, and the machine's global Git configuration is ignored.
/// </summary>
internal sealed class GitRepo : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>Creates an empty repository whose first branch is main.</summary>
    public GitRepo()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Test Editor");
        Git("config", "user.email", "editor@example.invalid");
        Git("config", "commit.gpgsign", "false");
        // Explicit, so that a machine-wide core.hooksPath never receives a test's hook.
        Git("config", "core.hooksPath", System.IO.Path.Combine(Path, ".git", "hooks"));
    }

    /// <summary>The work tree.</summary>
    public string Path => _dir.Path;

    /// <summary>The commit date, as GIT_AUTHOR_DATE and GIT_COMMITTER_DATE take it.</summary>
    public string Date { get; set; } = "2026-01-05T10:00:00+08:00";

    /// <summary>Copies a folder tree into the work tree.</summary>
    public void CopyFrom(string source) => _dir.CopyFrom(source);

    /// <summary>Writes a UTF-8 file at a path relative to the work tree.</summary>
    public void Write(string relative, string text) => _dir.Write(relative, text);

    /// <summary>Reads a file of the work tree.</summary>
    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    /// <summary>Stages everything and commits it.</summary>
    public void CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    /// <summary>Extra environment for every git run (a PATH for hooks, say).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs git in the work tree and returns its output; a failure fails the test.</summary>
    public string Git(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, $"git {string.Join(' ', args)} failed: {error}");
        return output;
    }

    /// <summary>Runs git in the work tree and returns its exit code, output and error output.</summary>
    public (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_AUTHOR_DATE"] = Date;
        start.Environment["GIT_COMMITTER_DATE"] = Date;
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    public void Dispose() => _dir.Dispose();
}
