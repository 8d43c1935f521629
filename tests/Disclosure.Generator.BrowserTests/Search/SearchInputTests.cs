using Disclosure.Generator.BrowserTests.Support;
using Disclosure.Generator.Indexing;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// How the search box treats input-method typing, and how a page of results is fetched: what a visitor on a
/// slow connection would notice as searches of half-typed pinyin or as one request per result.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchInputTests(SampleSite site)
{
    // Longer than the typing pause and the index's first load on this machine: a search would have started.
    private const int QuietMilliseconds = 800;

    [Fact]
    public async Task A_word_being_composed_is_not_searched_until_the_input_method_commits_it()
    {
        var search = await SearchPage.OpenAsync(site);
        var before = await search.StatusStateAsync();

        // What Chromium sends while pinyin is composed: input events marked isComposing, the box holding pinyin.
        await search.Page.EvaluateAsync("""
            () => {
              const box = document.querySelector('#search-q');
              box.focus();
              box.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
              for (const text of ['f', 'fa', 'fak', 'fakuan']) {
                box.value = text;
                box.dispatchEvent(new InputEvent('input', { inputType: 'insertCompositionText', data: text, isComposing: true, bubbles: true }));
              }
            }
            """);
        await search.Page.WaitForTimeoutAsync(QuietMilliseconds);

        Assert.Equal(before, await search.StatusStateAsync());
        Assert.DoesNotContain("q=", search.Page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await search.Hits.CountAsync());

        await search.Page.EvaluateAsync("""
            () => {
              const box = document.querySelector('#search-q');
              box.value = '罚款';
              box.dispatchEvent(new InputEvent('input', { inputType: 'insertCompositionText', data: '罚款', isComposing: true, bubbles: true }));
              box.dispatchEvent(new CompositionEvent('compositionend', { data: '罚款' }));
            }
            """);
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = "罚款" });

        Assert.Equal("found", await search.StatusStateAsync());
        Assert.NotEqual(0, await search.Hits.CountAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_first_results_show_while_the_rest_of_the_page_is_still_loading()
    {
        const string Query = "罚款";
        var index = Path.Combine(site.Output, "search", "index");
        var reference = new SearchQuery(path => File.ReadAllBytes(Path.Combine(index, path)));
        var expected = reference.Run(Query);
        var manifest = reference.Manifest;
        // The slot of the best hit: every other record is held back until the test lets it go.
        var part = File.ReadAllBytes(Path.Combine(index, manifest.DocumentFiles[0]));
        var best = Enumerable.Range(0, part.Length / manifest.RecordBytes)
            .Single(slot => DocumentRecord.Read(part.AsSpan(slot * manifest.RecordBytes, manifest.RecordBytes)).Id == expected.Hits[0].Id);
        var release = new TaskCompletionSource();
        var page = await site.NewPageAsync();
        await page.RouteAsync("**/search/index/docs/**", async route =>
        {
            var range = route.Request.Headers.GetValueOrDefault("range") ?? "";
            if (!range.StartsWith($"bytes={best * manifest.RecordBytes}-", StringComparison.Ordinal))
            {
                await release.Task;
            }

            await route.ContinueAsync();
        });
        var search = new SearchPage(page);
        await page.GotoAsync(site.Url(SearchPage.Path));
        await search.Query.FocusAsync();

        await page.Keyboard.InsertTextAsync(Query);
        await Assertions.Expect(search.Hits.First.Locator("a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(expected.Hits[0].Url) + "$"));

        Assert.Equal("true", await page.Locator("#search-results").GetAttributeAsync("aria-busy"));
        Assert.Equal("loading", await search.StatusStateAsync());
        Assert.True(await search.Hits.CountAsync() < expected.Hits.Count);
        release.SetResult();
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = Query });
        Assert.Equal(expected.Hits.Select(h => h.Id[(h.Id.IndexOf(':', StringComparison.Ordinal) + 1)..]), await search.HitIdsAsync());
        Assert.Null(await page.Locator("#search-results").GetAttributeAsync("aria-busy"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("罚款")]
    [InlineData("青禾县市场监督管理局")]
    public async Task A_page_of_results_reads_its_records_in_the_merged_ranges_of_the_reference(string query)
    {
        var index = Path.Combine(site.Output, "search", "index");
        var reference = new SearchQuery(path => File.ReadAllBytes(Path.Combine(index, path)));
        var expected = reference.Run(query);
        var parts = reference.Manifest.DocumentFiles.Select(p => "search/index/" + p).ToHashSet(StringComparer.Ordinal);
        var page = await site.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(new Uri(request.Url).AbsolutePath.TrimStart('/'));
        var search = new SearchPage(page);

        await page.GotoAsync(site.Url(SearchPage.Path + "?q=" + Uri.EscapeDataString(query)));
        await search.WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = query });

        Assert.Equal(10, expected.Hits.Count);
        Assert.Equal(expected.Reads.Count(r => reference.Manifest.DocumentFiles.Contains(r.Path)), requested.Count(parts.Contains));
        // Neighbouring hits share requests: fewer than one per result.
        Assert.True(requested.Count(parts.Contains) < expected.Hits.Count, string.Join(", ", requested));
        await page.Context.CloseAsync();
    }
}
