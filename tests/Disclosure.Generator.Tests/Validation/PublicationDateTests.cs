using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Validation;

/// <summary>Publication dates from Git history, and pull-request mode (<c>check --changed-since</c>).</summary>
public sealed class PublicationDateTests
{
    private const string Decision = """
        id: git-decision
        agency: market
        category: 行政处罚
        document_number: 测市监罚〔2025〕77号
        decision_date: 2025-09-26
        title: 某案
        target:
          type: 法人及非法人组织
          name: 测试县某某公司
        summary: 罚款。
        legal_basis: 某法第一条

        """;

    [Fact]
    public void Without_a_published_field_the_day_of_the_first_commit_counts_and_day_8_is_late()
    {
        using var site = new GitSite();
        site.Commit("base", new DateOnly(2025, 3, 5));
        site.Write("content/decisions/2025/git-decision.yml", Decision);
        site.Commit("add decision", new DateOnly(2025, 10, 14));
        site.Write("content/decisions/2025/other.yml", Decision.Replace("git-decision", "other", StringComparison.Ordinal).Replace("77号", "78号", StringComparison.Ordinal));
        site.Commit("add another decision", new DateOnly(2025, 10, 13));

        var (code, stdout, _) = Run("check", "--site", site.Path, "--today", "2026-11-23", "--format", "json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("\"path\":\"content/decisions/2025/git-decision.yml\",\"line\":5,\"column\":16,\"code\":\"DISC100\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("content/decisions/2025/other.yml", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void In_pull_request_mode_a_new_record_is_published_today_and_may_not_be_back_dated()
    {
        using var site = new GitSite();
        site.Commit("base", new DateOnly(2025, 3, 5));
        site.Git("checkout", "-q", "-b", "change");
        site.Write("content/decisions/2025/git-decision.yml", Decision + "published: 2025-10-10\n");
        site.Commit("add back-dated decision", new DateOnly(2025, 10, 20));

        var (code, _, stderr) = Run("check", "--site", site.Path, "--today", "2025-10-20", "--changed-since", "main");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/decisions/2025/git-decision.yml:12:12: error DISC102", stderr, StringComparison.Ordinal);
        Assert.True(stderr.Contains("content/decisions/2025/git-decision.yml:12:12: error DISC100", StringComparison.Ordinal), stderr);
    }

    [Fact]
    public void In_pull_request_mode_unchanged_records_are_not_reported_but_site_wide_duties_are()
    {
        using var site = new GitSite();
        site.Write("content/decisions/2025/old-late.yml", Decision.Replace("git-decision", "old-late", StringComparison.Ordinal) + "published: 2025-10-20\n");
        File.Delete(Path.Combine(site.Path, "content/reports/2025.yml"));
        site.Commit("base with a late decision and no report", new DateOnly(2025, 10, 20));
        site.Git("checkout", "-q", "-b", "change");
        site.Write("content/decisions/2025/new-ok.yml", Decision.Replace("git-decision", "new-ok", StringComparison.Ordinal).Replace("2025-09-26", "2026-11-20", StringComparison.Ordinal).Replace("77号", "79号", StringComparison.Ordinal));

        var (code, _, stderr) = Run("check", "--site", site.Path, "--today", "2026-11-23", "--changed-since", "main");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.DoesNotContain("old-late", stderr, StringComparison.Ordinal);
        Assert.Contains("site.yml:1:1: error DISC110", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_base_ref_is_a_configuration_error()
    {
        using var site = new GitSite();
        site.Commit("base", new DateOnly(2025, 3, 5));

        var (code, _, stderr) = Run("check", "--site", site.Path, "--today", "2026-11-23", "--changed-since", "no-such-branch");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("DISC054", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
