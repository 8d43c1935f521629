using Disclosure.Generator.BrowserTests.Support;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// Types into the real search box of the built, served sample. The queries are chosen here; what they must
/// find is read from the record files the site was built from (<see cref="SampleContent"/>).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchBoxTests(SampleSite site)
{
    [Theory]
    [InlineData("楼盘")]
    [InlineData("防汛")]
    [InlineData("未取得医师资格")]
    public async Task Chinese_query_finds_the_only_record_that_holds_it(string query)
    {
        var expected = Assert.Single(SampleContent.PublishedContaining(query));
        Assert.Single(SampleContent.FilesContaining(query));
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(query);

        Assert.Equal([expected.Id], await search.HitIdsAsync());
        Assert.Equal(await search.ExpectedStatusAsync("data-found", ("count", 1)), await search.StatusTextAsync());
        Assert.Equal(query, await search.Hits.First.Locator("h2 mark, .search-snippet mark").First.TextContentAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Query_held_by_two_decisions_ranks_the_one_with_it_in_its_title_first()
    {
        const string Query = "沼液";
        var holders = SampleContent.PublishedContaining(Query);
        Assert.Equal(2, holders.Count);
        var inTitle = Assert.Single(holders, d => d.Title.Contains(Query, StringComparison.Ordinal));
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(Query);

        var hits = await search.HitIdsAsync();
        Assert.Equal(inTitle.Id, hits[0]);
        Assert.Equal(holders.Select(d => d.Id).Order(), hits.Order());
        Assert.Equal(await search.ExpectedStatusAsync("data-found", ("count", 2)), await search.StatusTextAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_character_query_inside_a_word_finds_every_record_holding_it()
    {
        // 杀菌 is the middle of 巴氏杀菌乳, not a word of its own.
        const string Query = "杀菌";
        var holders = SampleContent.PublishedContaining(Query);
        Assert.All(holders, d => Assert.Contains("巴氏杀菌乳", d.Title, StringComparison.Ordinal));
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(Query);

        Assert.Equal(holders.Select(d => d.Id).Order(), (await search.HitIdsAsync()).Order());
        Assert.Equal(2, holders.Count);
        await Assertions.Expect(search.Hits.First.Locator("h2 mark")).ToHaveTextAsync(Query);
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Query_spanning_a_word_boundary_finds_its_record()
    {
        // 销售 | 标签: 售标签 starts inside the first word, as 段简 does in 手段简单.
        const string Query = "售标签";
        var expected = Assert.Single(SampleContent.PublishedContaining(Query));
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(Query);

        Assert.Equal([expected.Id], await search.HitIdsAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Query_with_no_match_shows_the_none_message_and_no_hits()
    {
        const string Query = "量子纠缠";
        Assert.Empty(SampleContent.FilesContaining(Query));
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(Query);

        Assert.Equal("none", await search.StatusStateAsync());
        Assert.Equal(await search.ExpectedStatusAsync("data-none", ("query", Query)), await search.StatusTextAsync());
        Assert.Equal(0, await search.Hits.CountAsync());
        Assert.True(await search.Pager.IsHiddenAsync());
        await search.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0:spaced}")]
    [InlineData("{0:dashed}")]
    public async Task Officer_certificate_number_finds_that_officer_first(string form)
    {
        const string Officer = "officers/market/chen-jianguo.yml";
        var number = SampleContent.Field(Officer, "certificate.number");
        var query = form switch
        {
            "{0:spaced}" => $"{number[..4]} {number[4..8]} {number[8..]}",
            "{0:dashed}" => $"{number[..4]}-{number[4..8]}-{number[8..]}",
            _ => number,
        };
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(query);

        await Assertions.Expect(search.Hits.First.Locator("h2 a")).ToHaveAttributeAsync("href", SearchPage.RecordLink(number));
        await Assertions.Expect(search.Hits.First.Locator("h2 a")).ToHaveTextAsync(SampleContent.Field(Officer, "name"));
        await search.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("〔", "〕", "")]
    [InlineData("[", "]", "")]
    [InlineData("(", ")", "")]
    [InlineData("（", "）", "")]
    [InlineData("【", "】", "")]
    [InlineData("﹝", "﹞", "")]
    [InlineData("〔", "〕", "full-width digits")]
    [InlineData("[", "]", "spaces")]
    public async Task Document_number_in_any_bracket_style_finds_that_decision_first(string open, string close, string variant)
    {
        var decision = SampleContent.Decision("market-penalty-2025-014");
        var query = decision.DocumentNumber.Replace("〔", open, StringComparison.Ordinal).Replace("〕", close, StringComparison.Ordinal);
        query = variant switch
        {
            "full-width digits" => new string([.. query.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c)]),
            "spaces" => query.Replace(open, " " + open + " ", StringComparison.Ordinal).Replace("号", " 号", StringComparison.Ordinal),
            _ => query,
        };
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(query);

        Assert.Equal(decision.Id, (await search.HitIdsAsync())[0]);
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Organisation_name_lists_all_its_published_decisions_first()
    {
        const string Name = "江岭新禾市政工程有限公司";
        var decisions = SampleContent.Published.Where(d => d.TargetName == Name && d.IsOrganisation).Select(d => d.Id).Order().ToList();
        Assert.True(decisions.Count > 1, "the sample should hold several decisions about this company");
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(Name);

        var hits = await search.HitIdsAsync();
        Assert.Equal(decisions, hits.Take(decisions.Count).Order());
        Assert.DoesNotContain(hits.Skip(decisions.Count), decisions.Contains);
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Credit_code_typed_in_lower_case_finds_the_party_first()
    {
        var decision = SampleContent.Decision("market-penalty-2025-012");
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(decision.CreditCode!.ToLowerInvariant());

        Assert.Equal(decision.Id, (await search.HitIdsAsync())[0]);
        await search.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("market-penalty-2025-010", "title")]
    [InlineData("market-penalty-2025-010", "document number")]
    [InlineData("market-penalty-2025-010", "party")]
    [InlineData("market-penalty-2025-010", "credit code")]
    [InlineData("urban-penalty-2025-jy003", "title")]
    [InlineData("urban-penalty-2025-jy003", "document number")]
    [InlineData("health-penalty-2025-006", "title")]
    [InlineData("health-penalty-2025-006", "document number")]
    public async Task Withdrawn_excluded_and_expired_decisions_cannot_be_found(string id, string field)
    {
        var decision = SampleContent.Decision(id);
        Assert.False(decision.IsPublished(SampleSite.Today), $"{id} should be withheld in the sample");
        var query = field switch
        {
            "title" => decision.Title,
            "document number" => decision.DocumentNumber,
            "party" => decision.TargetName,
            _ => decision.CreditCode!,
        };
        var search = await SearchPage.OpenAsync(site);

        await search.TypeAsync(query);

        Assert.DoesNotContain(id, await search.HitIdsAsync());
        Assert.DoesNotContain(decision.Title, await search.HitTitlesAsync());
        await search.Page.Context.CloseAsync();
    }
}
