using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Cli;

public sealed class CodeownersCommandTests
{
    [Fact]
    public void Check_fails_until_the_file_is_written_and_again_when_reviewers_change()
    {
        using var repo = Repo();

        var (missingCode, _, _) = Run("codeowners", "--check", "--site", repo.Path);
        var (writeCode, _, _) = Run("codeowners", "--site", repo.Path);
        var (currentCode, _, currentErr) = Run("codeowners", "--check", "--site", repo.Path);
        repo.Write(Agency, repo.Read(Agency).Replace("[market-deputy]", "[market-deputy, market-second]", StringComparison.Ordinal));
        var (staleCode, _, staleErr) = Run("codeowners", "--check", "--site", repo.Path);

        Assert.Equal(ExitCodes.ContentErrors, missingCode);
        Assert.Equal(ExitCodes.Ok, writeCode);
        Assert.True(currentCode == ExitCodes.Ok, currentErr);
        Assert.Equal(ExitCodes.ContentErrors, staleCode);
        Assert.Contains("CODEOWNERS", staleErr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_goes_to_the_repository_top_with_the_sites_folder_as_prefix()
    {
        using var repo = new GitRepo();
        repo.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        repo.Write("README.md", "top\n");
        Directory.Move(Path.Combine(repo.Path, "content"), Path.Combine(repo.Path, "site-content"));
        Directory.CreateDirectory(Path.Combine(repo.Path, "county"));
        Directory.Move(Path.Combine(repo.Path, "site-content"), Path.Combine(repo.Path, "county", "content"));
        File.Move(Path.Combine(repo.Path, "site.yml"), Path.Combine(repo.Path, "county", "site.yml"));
        File.AppendAllText(Path.Combine(repo.Path, "county", Agency), Reviewers);

        var (code, _, stderr) = Run("codeowners", "--site", Path.Combine(repo.Path, "county"));

        Assert.True(code == ExitCodes.Ok, stderr);
        var text = File.ReadAllText(Path.Combine(repo.Path, ".github", "CODEOWNERS"));
        Assert.Contains("\n/county/content/officers/market/ @market-deputy @market-head\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_content_is_reported_and_nothing_is_written()
    {
        using var repo = Repo();
        repo.Write("content/agencies/typo.yml", "id: typo\nname: 甲\nfunctions: 职能\npublished: 2025-01-01\nphnoe: 0000-1\n");

        var (code, _, stderr) = Run("codeowners", "--site", repo.Path);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/agencies/typo.yml:5:1: error DISC003", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repo.Path, ".github", "CODEOWNERS")));
    }

    private const string Agency = "content/agencies/market.yml";
    private const string Reviewers = "reviewers: {deputy: [market-deputy], principal: [market-head]}\n";

    private static GitRepo Repo()
    {
        var repo = new GitRepo();
        repo.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        repo.Write(Agency, repo.Read(Agency) + Reviewers);
        return repo;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
