using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Cli;

public sealed class HooksCommandTests
{
    [Fact]
    public void Install_writes_an_executable_pre_commit_hook_that_scans_staged_content_and_checks()
    {
        using var repo = new GitRepo();

        var (code, _, stderr) = Run("hooks", "install", "--site", repo.Path);

        Assert.True(code == ExitCodes.Ok, stderr);
        var hook = Path.Combine(repo.Path, ".git", "hooks", "pre-commit");
        var text = File.ReadAllText(hook);
        Assert.StartsWith("#!/bin/sh\n", text, StringComparison.Ordinal);
        Assert.Contains("git diff --cached --name-only --no-renames --diff-filter=ACM", text, StringComparison.Ordinal);
        Assert.Contains("\"$@\" scan --site \"$top/$site\" $staged", text, StringComparison.Ordinal);
        Assert.Contains("\"$@\" check --site \"$site\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
        }
    }

    [Fact]
    public void The_hook_scans_what_is_staged_and_a_finding_cancels_the_commit()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var repo = new GitRepo();
        using var bin = new TempDir();
        var log = Path.Combine(bin.Path, "calls.log");
        // A stand-in for the tool: scan fails on a file whose text says PERSONAL; every call is logged.
        bin.Write("disclosure", "#!/bin/sh\necho \"$PWD|$*\" >> \"$CALLS\"\n[ \"$1\" = scan ] || exit 0\nshift 3\nfor f in \"$@\"; do if grep -q PERSONAL \"$f\"; then echo \"found in $f\" >&2; exit 1; fi; done\n");
        File.SetUnixFileMode(Path.Combine(bin.Path, "disclosure"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        repo.Environment["PATH"] = bin.Path + ":" + Environment.GetEnvironmentVariable("PATH");
        repo.Environment["CALLS"] = log;
        Run("hooks", "install", "--site", repo.Path);
        repo.Write("content/decisions/2025/two words.yml", "id: clean\n");
        repo.Write("content/attachments/forms/form.pdf", "%PDF-1.7 PERSONAL");
        repo.Git("add", "-A");

        var clean = repo.Run("commit", "-q", "-m", "clean");
        repo.Write("content/decisions/2025/leak.yml", "PERSONAL\n");
        repo.Git("add", "-A");
        repo.Write("content/decisions/2025/leak.yml", "masked in the work tree only\n");
        var leak = repo.Run("commit", "-q", "-m", "leak");

        Assert.True(clean.Code == 0, clean.Error);
        Assert.NotEqual(0, leak.Code);
        Assert.Contains("content/decisions/2025/leak.yml", leak.Error, StringComparison.Ordinal);
        var calls = File.ReadAllLines(log);
        Assert.Contains(calls, c => c.EndsWith($"|scan --site {repo.Path}/. content/decisions/2025/two words.yml", StringComparison.Ordinal));
        Assert.Contains($"{repo.Path}|check --site .", calls);
        Assert.Equal("1", repo.Git("rev-list", "--count", "HEAD").Trim());
    }

    [Fact]
    public void Install_refuses_to_replace_a_different_hook_without_force()
    {
        using var repo = new GitRepo();
        var hook = Path.Combine(repo.Path, ".git", "hooks", "pre-commit");
        File.WriteAllText(hook, "#!/bin/sh\nexit 0\n");

        var (refusedCode, _, _) = Run("hooks", "install", "--site", repo.Path);
        var kept = File.ReadAllText(hook);
        var (forcedCode, _, _) = Run("hooks", "install", "--force", "--site", repo.Path);

        Assert.Equal(ExitCodes.Usage, refusedCode);
        Assert.Equal("#!/bin/sh\nexit 0\n", kept);
        Assert.Equal(ExitCodes.Ok, forcedCode);
        Assert.Contains(" scan ", File.ReadAllText(hook), StringComparison.Ordinal);
    }

    [Fact]
    public void Installing_again_is_harmless()
    {
        using var repo = new GitRepo();

        Run("hooks", "install", "--site", repo.Path);
        var (code, _, _) = Run("hooks", "install", "--site", repo.Path);

        Assert.Equal(ExitCodes.Ok, code);
    }

    [Fact]
    public void The_hook_goes_where_core_hooksPath_points()
    {
        using var repo = new GitRepo();
        repo.Git("config", "core.hooksPath", ".githooks");

        var (code, _, stderr) = Run("hooks", "install", "--site", repo.Path);

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.True(File.Exists(Path.Combine(repo.Path, ".githooks", "pre-commit")));
    }

    [Fact]
    public void A_site_in_a_sub_folder_is_named_in_the_hook()
    {
        using var repo = new GitRepo();
        Directory.CreateDirectory(Path.Combine(repo.Path, "county"));

        Run("hooks", "install", "--site", Path.Combine(repo.Path, "county"));

        Assert.Contains("\nsite='county'\n", File.ReadAllText(Path.Combine(repo.Path, ".git", "hooks", "pre-commit")), StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_Git_repository_nothing_is_installed()
    {
        using var dir = new TempDir();

        var (code, _, _) = Run("hooks", "install", "--site", dir.Path);

        Assert.Equal(ExitCodes.Usage, code);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
