using Disclosure.Generator.BrowserTests.Support;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Pages;

/// <summary>The home page in a real browser: layout at desktop and phone widths, reading aids, no third parties.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class HomePageTests(SampleSite site)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Home_page_has_no_horizontal_overflow(int width)
    {
        var page = await site.NewPageAsync(width);

        await page.GotoAsync(site.Url("/"));
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px viewport");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_page_has_no_horizontal_overflow_on_a_phone_in_large_text_mode()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync(site.Url("/"));

        await page.Locator("button[data-a11y=large]").ClickAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= 375, $"the page is {scrollWidth} px wide in a 375 px viewport");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Large_text_button_sets_the_class_on_html_and_presses_itself()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        var button = page.Locator("button[data-a11y=large]");

        await button.ClickAsync();

        Assert.True(await HasLargeClassAsync(page));
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
        await button.ClickAsync();
        Assert.False(await HasLargeClassAsync(page));
        Assert.Equal("false", await button.GetAttributeAsync("aria-pressed"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Large_text_choice_is_remembered_after_reload()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        await page.Locator("button[data-a11y=large]").ClickAsync();

        await page.ReloadAsync();

        Assert.True(await HasLargeClassAsync(page));
        Assert.Equal("true", await page.Locator("button[data-a11y=large]").GetAttributeAsync("aria-pressed"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reading_aids_are_shown_when_JavaScript_runs()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url("/"));

        Assert.True(await page.Locator(".a11y-tools").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/decisions/")]
    public async Task Page_requests_nothing_from_another_host(string path)
    {
        var page = await site.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotEmpty(requested);
        Assert.All(requested, url => Assert.True(IsOwnOrigin(url, site.BaseAddress), $"request to another host: {url}"));
        await page.Context.CloseAsync();
    }

    private static Task<bool> HasLargeClassAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('a11y-large')");

    // data: and blob: URLs never leave the browser.
    private static bool IsOwnOrigin(string url, Uri site)
    {
        var uri = new Uri(url);
        return uri.Scheme is "data" or "blob" || (uri.Host == site.Host && uri.Port == site.Port);
    }
}
