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
        Assert.Contains("\"$@\" scan $staged", text, StringComparison.Ordinal);
        Assert.Contains("\"$@\" check --site \"$site\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
        }
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
