using Disclosure.Generator.BrowserTests.Support;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// The address holds the search (a shared link reproduces it, Back and Forward step through searches), the
/// results come in pages of ten, and the status line is a live region that says what was found.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchAddressTests(SampleSite site)
{
    private const string ManyHits = "罚款";

    [Fact]
    public async Task Link_with_a_query_shows_its_results_without_typing()
    {
        const string Query = "防汛";
        var expected = Assert.Single(SampleContent.PublishedContaining(Query));

        var search = await SearchPage.OpenAsync(site, Query);

        Assert.Equal(Query, await search.Query.InputValueAsync());
        Assert.Equal([expected.Id], await search.HitIdsAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Link_with_a_filter_and_a_page_reproduces_that_page()
    {
        var state = new Dictionary<string, string> { ["q"] = ManyHits, ["year"] = "2026", ["page"] = "2" };
        var expected = SampleContent.PublishedContaining(ManyHits).Count(d => d.DecisionDate.Year == 2026);
        Assert.InRange(expected, 11, 20);

        var search = await SearchPage.OpenAsync(site, state);

        Assert.Equal("2026", await search.Facet("year").InputValueAsync());
        Assert.True(await search.Facet("year").IsVisibleAsync(), "a filter from the address should be shown");
        Assert.Equal(expected - 10, await search.Hits.CountAsync());
        await Assertions.Expect(search.Pager.Locator("a[aria-current=page]")).ToHaveTextAsync("2");
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Typing_replaces_the_address_without_adding_history()
    {
        var search = await SearchPage.OpenAsync(site);
        var before = await search.Page.EvaluateAsync<int>("() => history.length");

        await search.TypeAsync("沼液");

        Assert.Equal("沼液", QueryParameter(search.Page.Url, "q"));
        Assert.Equal(before, await search.Page.EvaluateAsync<int>("() => history.length"));
        // Results came while typing, and the box kept the focus.
        Assert.NotEqual(0, await search.Hits.CountAsync());
        Assert.Equal("search-q", await search.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Submitted_searches_are_history_entries_that_Back_restores()
    {
        var search = await SearchPage.OpenAsync(site);
        await search.TypeAsync("沼液");
        await search.Query.PressAsync("Enter");
        var first = await search.HitIdsAsync();
        await search.TypeAsync("楼盘");
        await search.Query.PressAsync("Enter");

        await search.Page.GoBackAsync();
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = "沼液" });

        Assert.Equal("沼液", await search.Query.InputValueAsync());
        Assert.Equal(first, await search.HitIdsAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Results_come_in_pages_of_ten_that_together_hold_every_match_once()
    {
        var expected = SampleContent.PublishedContaining(ManyHits).Select(d => d.Id).Order().ToList();
        var pages = (expected.Count + 9) / 10;
        Assert.True(pages > 2, "the query should need more than two pages");
        var search = await SearchPage.OpenAsync(site, ManyHits);

        Assert.Equal(10, await search.Hits.CountAsync());
        await Assertions.Expect(search.Pager.Locator("a[aria-current=page]")).ToHaveTextAsync("1");
        await Assertions.Expect(search.Pager.Locator($"a:text-is('{pages}')")).ToHaveCountAsync(1);
        var all = await search.AllHitIdsAsync(new Dictionary<string, string> { ["q"] = ManyHits });

        Assert.Equal(expected, all.Order());
        Assert.Equal(expected.Count - ((pages - 1) * 10), await search.Hits.CountAsync());
        Assert.Equal(((pages - 1) * 10) + 1, await search.Page.Locator("#search-results").EvaluateAsync<int>("ol => ol.start"));
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Page_link_is_a_real_link_that_opens_that_page()
    {
        var search = await SearchPage.OpenAsync(site, ManyHits);
        var href = await search.Pager.Locator("a:text-is('2')").GetAttributeAsync("href");
        Assert.NotNull(href);
        var second = await search.Pager.Locator("a:text-is('2')").EvaluateAsync<string>("a => a.href");

        var page = await site.NewPageAsync();
        await page.GotoAsync(second);
        var opened = new SearchPage(page);
        await opened.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = ManyHits, ["page"] = "2" });

        await search.Pager.Locator("a:text-is('2')").ClickAsync();
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = ManyHits, ["page"] = "2" });
        Assert.Equal(await search.HitIdsAsync(), await opened.HitIdsAsync());
        await page.Context.CloseAsync();
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Status_is_a_polite_live_region_that_says_what_was_found()
    {
        var total = SampleContent.PublishedContaining(ManyHits).Count;
        var pages = (total + 9) / 10;
        var search = await SearchPage.OpenAsync(site);

        Assert.Equal("status", await search.Status.GetAttributeAsync("role"));
        Assert.Equal("polite", await search.Status.GetAttributeAsync("aria-live"));
        Assert.Equal("empty", await search.StatusStateAsync());
        Assert.Equal(await search.ExpectedStatusAsync("data-empty"), await search.StatusTextAsync());

        await search.TypeAsync(ManyHits);
        var found = await search.ExpectedStatusAsync("data-found", ("count", total));
        var page = await search.ExpectedStatusAsync("data-page", ("page", 1), ("pages", pages));
        Assert.Equal("found", await search.StatusStateAsync());
        Assert.Equal(found + page, await search.StatusTextAsync());

        await search.Query.FillAsync("");
        await search.WaitUntilSettledAsync(new Dictionary<string, string>());
        Assert.Equal(await search.ExpectedStatusAsync("data-empty"), await search.StatusTextAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Submitting_moves_focus_to_the_status()
    {
        var search = await SearchPage.OpenAsync(site);
        await search.Query.FillAsync("楼盘");

        await search.Query.PressAsync("Enter");
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = "楼盘" });

        await Assertions.Expect(search.Status).ToBeFocusedAsync();
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_works_when_the_server_ignores_byte_ranges()
    {
        var search = await SearchPage.OpenAsync(site, ManyHits);
        var expected = await search.HitIdsAsync();
        var page = await site.NewPageAsync();
        var ranged = 0;
        // A host without Range support answers 200 with the whole file; the client must slice it.
        await page.RouteAsync("**/search/index/**", async route =>
        {
            var headers = new Dictionary<string, string>(route.Request.Headers);
            ranged += headers.Remove("range") ? 1 : 0;
            var response = await route.FetchAsync(new RouteFetchOptions { Headers = headers });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });

        await page.GotoAsync(site.Url(SearchPage.Path + "?q=" + Uri.EscapeDataString(ManyHits)));
        var whole = new SearchPage(page);
        await whole.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = ManyHits });

        Assert.Equal("found", await whole.StatusStateAsync());
        Assert.Equal(expected, await whole.HitIdsAsync());
        Assert.True(ranged > 0, "the client asked for no byte range");
        await page.Context.CloseAsync();
        await search.Page.Context.CloseAsync();
    }

    private static string? QueryParameter(string url, string name) =>
        System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)[name];
}
