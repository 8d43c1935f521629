using Disclosure.Generator.Review;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Review;

public sealed class PullRequestReviewsTests
{
    [Theory]
    [InlineData("approved-by-deputy.json", "market-deputy")]
    [InlineData("changes-requested-then-approved.json", "market-deputy")]
    [InlineData("approved-by-deputy-and-head.json", "market-deputy,market-head")]
    [InlineData("approved-then-changes-requested.json", "")]
    [InlineData("dismissed.json", "")]
    public void Each_reviewer_counts_by_their_latest_decisive_review(string fixture, string expected)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.TestData, "Reviews", fixture));

        var approvers = PullRequestReviews.Approvers(json, out var error);

        Assert.Null(error);
        Assert.Equal(expected, string.Join(',', approvers!.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Comments_do_not_approve()
    {
        var approvers = PullRequestReviews.Approvers(Review("market-deputy", "COMMENTED", "2026-01-06T03:00:00Z"), out _);

        Assert.Empty(approvers!);
    }

    [Fact]
    public void Logins_compare_case_insensitively_as_on_GitHub()
    {
        var approvers = PullRequestReviews.Approvers(Review("Market-Head", "APPROVED", "2026-01-06T03:00:00Z"), out _);

        Assert.Contains("market-head", approvers!);
    }

    [Fact]
    public void Pages_printed_one_after_another_by_gh_paginate_are_read_in_order()
    {
        var pages = Review("market-deputy", "APPROVED", "2026-01-06T03:00:00Z") + "\n" + Review("market-deputy", "CHANGES_REQUESTED", "2026-01-06T04:00:00Z");

        var approvers = PullRequestReviews.Approvers(pages, out var error);

        Assert.Null(error);
        Assert.Empty(approvers!);
    }

    [Fact]
    public void Slurped_pages_are_read_too()
    {
        var slurped = "[" + Review("market-deputy", "APPROVED", "2026-01-06T03:00:00Z") + "," + Review("someone-else", "COMMENTED", "2026-01-06T04:00:00Z") + "]";

        var approvers = PullRequestReviews.Approvers(slurped, out _);

        Assert.Equal(["market-deputy"], approvers!);
    }

    [Fact]
    public void A_review_by_a_deleted_account_approves_nothing()
    {
        var approvers = PullRequestReviews.Approvers("""[{"user": null, "state": "APPROVED", "submitted_at": "2026-01-06T03:00:00Z"}]""", out var error);

        Assert.Null(error);
        Assert.Empty(approvers!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"message\": \"Not Found\"}")]
    [InlineData("[{\"user\": {\"login\": \"a\"}}]")]
    [InlineData("[{\"user\": {\"login\": \"a\"}, \"state\": \"APPROVED\", \"submitted_at\": \"yesterday\"}]")]
    [InlineData("[")]
    public void Anything_but_a_reviews_array_is_refused_with_a_reason(string json)
    {
        var approvers = PullRequestReviews.Approvers(json, out var error);

        Assert.Null(approvers);
        Assert.False(string.IsNullOrEmpty(error));
    }

    private static string Review(string login, string state, string at) =>
        $$"""[{"user": {"login": "{{login}}"}, "state": "{{state}}", "submitted_at": "{{at}}", "commit_id": "3f1c0a9e5b7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e"}]""";
}
