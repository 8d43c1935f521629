using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Cli;

/// <summary>
/// Review as approval over a real Git repository: the base mini-site with reviewers is committed on main,
/// the change is made on a branch, and the reviews come from GitHub-shaped fixtures.
/// </summary>
public sealed class ApprovalsCommandTests
{
    private const string Decision = "content/decisions/2025/base-decision.yml";
    private const string Agency = "content/agencies/market.yml";
    private const string Reviewers = "reviewers: {deputy: [market-deputy], principal: [market-head]}\n";

    [Fact]
    public void Change_approved_by_the_agencys_deputy_passes()
    {
        using var repo = ChangedDecision();

        var (code, _, stderr) = Approvals(repo, "approved-by-deputy.json");

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.DoesNotContain("DISC11", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_approved_only_by_someone_else_is_DISC113_at_the_changed_file()
    {
        using var repo = ChangedDecision();

        var (code, _, stderr) = Approvals(repo, "approved-by-someone-else.json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{Decision}:1:1: error DISC113: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_followed_by_a_change_request_from_the_same_reviewer_does_not_count()
    {
        using var repo = ChangedDecision();

        var (code, _, stderr) = Approvals(repo, "approved-then-changes-requested.json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{Decision}:1:1: error DISC113: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_request_followed_by_an_approval_counts()
    {
        using var repo = ChangedDecision();

        var (code, _, stderr) = Approvals(repo, "changes-requested-then-approved.json");

        Assert.True(code == ExitCodes.Ok, stderr);
    }

    [Fact]
    public void Dismissed_approval_does_not_count()
    {
        using var repo = ChangedDecision();

        var (code, _, stderr) = Approvals(repo, "dismissed.json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{Decision}:1:1: error DISC113: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Major_decision_approved_by_the_deputy_only_is_DISC114_at_the_major_field()
    {
        using var repo = BaseRepo();
        var line = repo.Read(Decision).Split('\n').Length;
        repo.Write(Decision, repo.Read(Decision) + "major: true\n");

        var (code, _, stderr) = Approvals(repo, "approved-by-deputy.json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{Decision}:{line}:8: error DISC114: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("DISC113", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Major_decision_approved_by_the_principal_head_passes_and_login_case_does_not_matter()
    {
        using var repo = BaseRepo();
        repo.Write(Decision, repo.Read(Decision) + "major: true\n");
        repo.CommitAll("major decision");

        var (code, _, stderr) = Approvals(repo, "approved-by-head.json");

        Assert.True(code == ExitCodes.Ok, stderr);
    }

    [Fact]
    public void Removing_major_still_needs_the_principal_head()
    {
        using var repo = new GitRepo();
        repo.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        repo.Write(Agency, repo.Read(Agency) + Reviewers);
        repo.Write(Decision, repo.Read(Decision) + "major: true\n");
        repo.CommitAll("base");
        repo.Git("checkout", "-q", "-b", "change");
        repo.Write(Decision, repo.Read(Decision).Replace("major: true\n", string.Empty, StringComparison.Ordinal));

        var (code, _, stderr) = Approvals(repo, "approved-by-deputy.json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error DISC114: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleted_record_needs_its_agencys_reviewers_from_the_base_version()
    {
        using var repo = BaseRepo();
        repo.Git("rm", "-q", Decision);
        repo.CommitAll("withdraw the decision file");

        var (otherCode, _, otherErr) = Approvals(repo, "approved-by-someone-else.json");
        var (deputyCode, _, deputyErr) = Approvals(repo, "approved-by-deputy.json");

        Assert.Equal(ExitCodes.ContentErrors, otherCode);
        Assert.Contains($"{Decision}:1:1: error DISC113: ", otherErr, StringComparison.Ordinal);
        Assert.True(deputyCode == ExitCodes.Ok, deputyErr);
    }

    [Fact]
    public void Site_wide_file_needs_a_principal_head_not_a_deputy()
    {
        using var repo = BaseRepo();
        repo.Write("site.yml", repo.Read("site.yml") + "page_size: 30\n");

        var (deputyCode, _, deputyErr) = Approvals(repo, "approved-by-deputy.json");
        var (headCode, _, headErr) = Approvals(repo, "approved-by-head.json");

        Assert.Equal(ExitCodes.ContentErrors, deputyCode);
        Assert.Contains("site.yml:1:1: error DISC113: ", deputyErr, StringComparison.Ordinal);
        Assert.True(headCode == ExitCodes.Ok, headErr);
    }

    [Fact]
    public void A_pull_request_cannot_appoint_its_own_reviewer()
    {
        using var repo = BaseRepo();
        repo.Write(Agency, repo.Read(Agency).Replace("[market-deputy]", "[market-deputy, editor-friend]", StringComparison.Ordinal));
        repo.Write(Decision, repo.Read(Decision).Replace("5000", "6000", StringComparison.Ordinal));

        var (code, _, stderr) = Approvals(repo, "approved-by-friend.json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{Agency}:1:1: error DISC113: ", stderr, StringComparison.Ordinal);
        Assert.Contains($"{Decision}:1:1: error DISC113: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_changed_passes_without_any_review()
    {
        using var repo = BaseRepo();

        var (code, _, stderr) = Approvals(repo, "dismissed.json");

        Assert.True(code == ExitCodes.Ok, stderr);
    }

    [Fact]
    public void An_unknown_base_ref_is_a_usage_error()
    {
        using var repo = ChangedDecision();

        var (code, _, stderr) = Run("approvals", "--site", repo.Path, "--reviews", Fixture("approved-by-deputy.json"), "--changed-since", "no-such-branch");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("no-such-branch", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvals_without_a_base_ref_is_a_usage_error()
    {
        using var repo = ChangedDecision();

        var (code, _, _) = Run("approvals", "--site", repo.Path, "--reviews", Fixture("approved-by-deputy.json"));

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public void A_reviews_file_that_is_not_a_reviews_array_is_a_usage_error()
    {
        using var repo = ChangedDecision();
        using var dir = new TempDir();
        dir.Write("reviews.json", "{\"message\": \"Not Found\"}");

        var (code, _, stderr) = Run("approvals", "--site", repo.Path, "--reviews", Path.Combine(dir.Path, "reviews.json"), "--changed-since", "main");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("reviews.json", stderr, StringComparison.Ordinal);
    }

    private static GitRepo BaseRepo()
    {
        var repo = new GitRepo();
        repo.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        repo.Write(Agency, repo.Read(Agency) + Reviewers);
        repo.CommitAll("base");
        repo.Git("checkout", "-q", "-b", "change");
        return repo;
    }

    private static GitRepo ChangedDecision()
    {
        var repo = BaseRepo();
        repo.Write(Decision, repo.Read(Decision).Replace("罚款 5000 元", "罚款 6000 元", StringComparison.Ordinal));
        repo.CommitAll("correct the fine");
        return repo;
    }

    private static string Fixture(string name) => Path.Combine(RepoPaths.TestData, "Reviews", name);

    private static (int Code, string Stdout, string Stderr) Approvals(GitRepo repo, string reviews) =>
        Run("approvals", "--site", repo.Path, "--reviews", Fixture(reviews), "--changed-since", "main");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
