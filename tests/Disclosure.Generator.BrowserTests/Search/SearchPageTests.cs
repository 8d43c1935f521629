using Disclosure.Generator.BrowserTests.Support;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>The search page as a page: it fits a phone, stays on its own host, and says so when the index cannot be read.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchPageTests(SampleSite site)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Search_page_with_results_has_no_horizontal_overflow(int width)
    {
        var page = await site.NewPageAsync(width);
        var search = new SearchPage(page);
        var state = new Dictionary<string, string> { ["q"] = "江岭新禾市政工程有限公司" };
        await page.GotoAsync(site.Url(SearchPage.Path + "?q=" + Uri.EscapeDataString(state["q"])));
        await search.WaitUntilSettledAsync(state);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.NotEqual(0, await search.Hits.CountAsync());
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px viewport");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_requests_nothing_from_another_host()
    {
        var page = await site.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        var search = new SearchPage(page);

        await page.GotoAsync(site.Url(SearchPage.Path + "?q=" + Uri.EscapeDataString("罚款")));
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = "罚款" });

        Assert.Contains(requested, url => url.Contains("/search/index/", StringComparison.Ordinal));
        Assert.All(requested, url => Assert.StartsWith(site.BaseAddress.ToString(), url, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Unreadable_index_shows_the_failed_message_and_the_next_search_tries_again()
    {
        var page = await site.NewPageAsync();
        var search = new SearchPage(page);
        var blocked = true;
        await page.RouteAsync("**/search/index/manifest.json", async route =>
        {
            if (blocked)
            {
                await route.AbortAsync();
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync(site.Url(SearchPage.Path + "?q=" + Uri.EscapeDataString("楼盘")));
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = "楼盘" });

        Assert.Equal("failed", await search.StatusStateAsync());
        Assert.Equal(await search.ExpectedStatusAsync("data-failed"), await search.StatusTextAsync());
        Assert.Equal(0, await search.Hits.CountAsync());

        blocked = false;
        await search.TypeAsync("防汛");
        Assert.Equal("found", await search.StatusStateAsync());
        await page.Context.CloseAsync();
    }
}
