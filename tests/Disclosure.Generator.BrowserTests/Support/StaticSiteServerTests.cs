namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>The fixture's server answers as a static host must for ES modules and pages.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class StaticSiteServerTests(SampleSite site)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/assets/a11y.js", "text/javascript")]
    [InlineData("/assets/site.css", "text/css")]
    public async Task Server_answers_with_the_content_type_the_browser_needs(string path, string contentType)
    {
        var page = await site.NewPageAsync();

        var response = await page.APIRequest.GetAsync(site.Url(path));

        Assert.Equal(200, response.Status);
        Assert.StartsWith(contentType, response.Headers["content-type"], StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Server_answers_a_missing_path_with_404()
    {
        var page = await site.NewPageAsync();

        var response = await page.APIRequest.GetAsync(site.Url("/no-such-page/"));

        Assert.Equal(404, response.Status);
        await page.Context.CloseAsync();
    }
}
