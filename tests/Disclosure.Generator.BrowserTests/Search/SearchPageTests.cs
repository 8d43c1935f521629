using Disclosure.Generator.BrowserTests.Support;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// Types into the real search box of the built sample (issue 5, point 4). The queries are fixed here; what
/// they must find is read from the content files the site was built from.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchPageTests(SampleSite site)
{
    private const string WithdrawnDecision = "decisions/2025/market-penalty-2025-010.yml";
    private const string ExcludedDecision = "decisions/2025/urban-penalty-2025-jy003.md";

    [Fact]
    public async Task Search_page_has_the_form_the_client_and_the_tests_rely_on()
    {
        var search = await SearchPage.OpenAsync(site);

        Assert.Equal("search", await search.Query.GetAttributeAsync("type"));
        Assert.Equal("q", await search.Query.GetAttributeAsync("name"));
        Assert.Equal("status", await search.Status.GetAttributeAsync("role"));
        foreach (var facet in new[] { "kind", "agency", "category", "year" })
        {
            Assert.Equal(1, await search.Facet(facet).CountAsync());
        }

        await search.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("楼盘")]
    [InlineData("防汛")]
    public async Task Two_character_query_finds_the_only_record_that_contains_it(string query)
    {
        var record = OnlyFileContaining(query);
        var search = await SearchPage.OpenAsync(site);

        await search.SearchAsync(query);

        await Assertions.Expect(search.TopHitLink).ToHaveAttributeAsync("href", EndsWithRecord(record));
        Assert.Single(await search.HitPathsAsync());
        Assert.Equal(1, await search.AnnouncedTotalAsync());
        await Assertions.Expect(search.Snippets.First.Locator("mark").First).ToBeVisibleAsync();
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Query_spanning_a_word_boundary_finds_its_record_first()
    {
        // 销售标签 is two words (销售 | 标签); 售标 crosses the boundary, as 段简 does in 手段简单.
        const string Query = "售标签";
        var record = OnlyFileContaining(Query);
        var search = await SearchPage.OpenAsync(site);

        await search.SearchAsync(Query);

        await Assertions.Expect(search.TopHitLink).ToHaveAttributeAsync("href", EndsWithRecord(record));
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agency_filter_narrows_the_results_and_enters_the_address()
    {
        const string Query = "许可";
        const string Agency = "agencies/transport.yml";
        var search = await SearchPage.OpenAsync(site);
        await search.SearchAsync(Query);
        var before = await search.AnnouncedTotalAsync();
        var statusBefore = await search.StatusTextAsync();

        var value = await search.ChooseFacetAsync("agency", SampleContent.Id(Agency), SampleContent.Field(Agency, "name"), SampleContent.Field(Agency, "short_name"));
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = Query, ["agency"] = value }, statusBefore);
        var after = await search.AnnouncedTotalAsync();
        var statusAfter = await search.StatusTextAsync();

        Assert.True(before is not null, $"the status gives no total: {statusBefore}");
        Assert.True(after is not null, $"the status gives no total: {statusAfter}");
        Assert.InRange(after.Value, 1, before.Value - 1);
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Query_with_no_match_shows_the_none_message_and_no_hits()
    {
        const string Query = "量子纠缠";
        Assert.Empty(SampleContent.FilesContaining(Query));
        var search = await SearchPage.OpenAsync(site);
        await search.SearchAsync("楼盘");
        var statusWithHits = await search.StatusTextAsync();

        await search.SearchAsync(Query);

        Assert.Equal(0, await search.Hits.CountAsync());
        Assert.NotEqual(statusWithHits, await search.StatusTextAsync());
        Assert.True(await search.AnnouncedTotalAsync() is null or 0);
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Officer_certificate_number_finds_that_officer_first()
    {
        const string Officer = "officers/market/chen-jianguo.yml";
        var number = SampleContent.Field(Officer, "certificate.number");
        var search = await SearchPage.OpenAsync(site);

        await search.SearchAsync(number);

        await Assertions.Expect(search.TopHitLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/officers/{number}/$"));
        await Assertions.Expect(search.TopHitLink).ToContainTextAsync(SampleContent.Field(Officer, "name"));
        await search.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("ascii brackets")]
    public async Task Decision_document_number_finds_that_decision_first(string variant)
    {
        const string Decision = "decisions/2025/market-penalty-2025-014.yml";
        var number = SampleContent.Field(Decision, "document_number");
        // Typed with [ ] instead of 〔 〕, as on a keyboard without the Chinese brackets.
        var query = variant.Length == 0 ? number : number.Replace('〔', '[').Replace('〕', ']');
        var search = await SearchPage.OpenAsync(site);

        await search.SearchAsync(query);

        await Assertions.Expect(search.TopHitLink).ToHaveAttributeAsync("href", EndsWithRecord(Decision));
        await search.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(WithdrawnDecision, "title")]
    [InlineData(WithdrawnDecision, "document_number")]
    [InlineData(ExcludedDecision, "title")]
    [InlineData(ExcludedDecision, "document_number")]
    public async Task Withheld_decision_cannot_be_found(string record, string field)
    {
        var query = SampleContent.Field(record, field);
        var id = SampleContent.Id(record);
        var title = SampleContent.Field(record, "title");
        var search = await SearchPage.OpenAsync(site);

        await search.SearchAsync(query);

        Assert.DoesNotContain(await search.HitPathsAsync(), path => path.Contains(id, StringComparison.Ordinal));
        Assert.DoesNotContain(title, await search.HitTitlesAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Address_carries_the_query_and_reloading_restores_the_results()
    {
        const string Query = "楼盘";
        var search = await SearchPage.OpenAsync(site);
        await search.SearchAsync(Query);
        var hits = await search.HitPathsAsync();

        await search.Page.ReloadAsync();
        await search.WaitUntilSettledAsync(Query);

        Assert.Contains("q=" + Uri.EscapeDataString(Query), search.Page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Query, await search.Query.InputValueAsync());
        Assert.NotEmpty(hits);
        Assert.Equal(hits, await search.HitPathsAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Link_to_a_search_shows_its_results_without_typing()
    {
        const string Query = "防汛";
        var record = OnlyFileContaining(Query);

        var search = await SearchPage.OpenAsync(site, Query);

        await Assertions.Expect(search.TopHitLink).ToHaveAttributeAsync("href", EndsWithRecord(record));
        Assert.Equal(Query, await search.Query.InputValueAsync());
        await search.Page.Context.CloseAsync();
    }

    // The sample must hold the query in exactly one record file, or the expectation would not follow from it.
    private static string OnlyFileContaining(string query)
    {
        var files = SampleContent.FilesContaining(query);
        Assert.True(files.Count == 1, $"{query} should occur in exactly one content file, found: {string.Join(", ", files)}");
        return files[0];
    }

    // Record pages live at …/<id>/ (decisions under their year and month).
    private static System.Text.RegularExpressions.Regex EndsWithRecord(string record) =>
        new($"/{System.Text.RegularExpressions.Regex.Escape(SampleContent.Id(record))}/$");
}
