using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>
/// The search page's DOM contract (templates/search.liquid) in one place: the query box, the facet selects, the
/// live status, the hits and the pager. Tests speak to the page through this class.
/// </summary>
internal sealed class SearchPage(IPage page)
{
    public const string Path = "search/";

    // Settled: the status has answered (found, none, empty or failed, not loading) and the address carries
    // exactly the expected parameters and no others. The client sets data-state=loading in the same task as
    // it writes the address, so a stale "found" from before cannot pass for the new query's answer.
    private const string Settled = """
        (expected) => {
          const status = document.querySelector('#search-status');
          const params = [...new URLSearchParams(location.search)];
          return status !== null && ['found', 'none', 'empty', 'failed'].includes(status.dataset.state)
            && params.length === Object.keys(expected).length
            && params.every(([name, value]) => expected[name] === value);
        }
        """;

    public IPage Page => page;

    public ILocator Query => page.Locator("#search-q");

    public ILocator Status => page.Locator("#search-status");

    public ILocator Hits => page.Locator("#search-results li.search-hit");

    public ILocator Pager => page.Locator("nav#search-pager");

    public ILocator Facet(string name) => page.Locator($"#search-form select[name={name}]");

    /// <summary>Opens <c>/search/</c> with the given address query (such as <c>q=罚款&amp;page=2</c>) and waits for its answer.</summary>
    public static async Task<SearchPage> OpenAsync(SampleSite site, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var page = await site.NewPageAsync();
        var query = parameters is null ? "" : "?" + string.Join('&', parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        var response = await page.GotoAsync(site.Url(Path + query));
        Assert.True(response is { Status: 200 }, $"{Path} answered {response?.Status}");
        var search = new SearchPage(page);
        await search.WaitUntilSettledAsync(parameters ?? new Dictionary<string, string>());
        return search;
    }

    /// <summary>Opens <c>/search/?q=…</c>.</summary>
    public static Task<SearchPage> OpenAsync(SampleSite site, string query) =>
        OpenAsync(site, new Dictionary<string, string> { ["q"] = query });

    /// <summary>Types the query key by key, as a visitor would, and waits for the answer while typing (no Enter).</summary>
    public async Task TypeAsync(string query)
    {
        await Query.FillAsync(string.Empty);
        await Query.PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = 20 });
        await WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = query });
    }

    /// <summary>Waits until the status has answered and the address carries exactly these parameters (others absent).</summary>
    public Task WaitUntilSettledAsync(IReadOnlyDictionary<string, string> expected) =>
        page.WaitForFunctionAsync(Settled, expected);

    /// <summary>Chooses a facet value (the option's value is the value's text) and waits for the filtered answer.</summary>
    public async Task ChooseAsync(string facet, string value, IReadOnlyDictionary<string, string> expected)
    {
        // The filters sit in a folded section, as a visitor finds them.
        var section = page.Locator($"details:has(select[name={facet}])");
        if (await section.CountAsync() > 0 && !await section.EvaluateAsync<bool>("d => d.open"))
        {
            await section.Locator("summary").ClickAsync();
        }

        await Facet(facet).SelectOptionAsync(new SelectOptionValue { Value = value });
        await WaitUntilSettledAsync(expected);
    }

    public async Task<string> StatusStateAsync() => await Status.GetAttributeAsync("data-state") ?? "";

    public async Task<string> StatusTextAsync() => (await Status.TextContentAsync() ?? "").Trim();

    /// <summary>A status template (data-found, data-none…) with its placeholders filled, as the page should show it.</summary>
    public async Task<string> ExpectedStatusAsync(string attribute, params (string Name, object Value)[] values)
    {
        var text = await Status.GetAttributeAsync(attribute) ?? throw new InvalidOperationException($"#search-status has no {attribute}");
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The record id at the end of each hit's link (…/id/), in rank order.</summary>
    public async Task<IReadOnlyList<string>> HitIdsAsync() =>
        [.. (await HitPathsAsync()).Select(p => p.TrimEnd('/').Split('/')[^1])];

    /// <summary>The site path each hit links to, in rank order.</summary>
    public async Task<IReadOnlyList<string>> HitPathsAsync() =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#search-results li.search-hit h2 a')]
              .map(a => new URL(a.getAttribute('href'), location.href).pathname)
            """);

    /// <summary>
    /// The hit ids of every page, in rank order, reached by clicking the pager's next link; <paramref name="expected"/>
    /// are the address's parameters on the first page.
    /// </summary>
    public async Task<IReadOnlyList<string>> AllHitIdsAsync(IReadOnlyDictionary<string, string> expected)
    {
        var ids = new List<string>(await HitIdsAsync());
        for (var number = 2; await Pager.Locator("a[rel=next]").CountAsync() > 0; number++)
        {
            await Pager.Locator("a[rel=next]").ClickAsync();
            await WaitUntilSettledAsync(new Dictionary<string, string>(expected) { ["page"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            ids.AddRange(await HitIdsAsync());
        }

        return ids;
    }

    public async Task<IReadOnlyList<string>> HitTitlesAsync() =>
        await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results li.search-hit h2 a')].map(a => a.textContent)");

    /// <summary>Each option of a facet select: its value and its label.</summary>
    public async Task<IReadOnlyList<(string Value, string Label)>> OptionsAsync(string facet) =>
        [.. (await Facet(facet).EvaluateAsync<string[][]>("s => [...s.options].map(o => [o.value, o.textContent])")).Select(o => (o[0], o[1]))];

    /// <summary>Matches a link to a record page: …/id/ at the end.</summary>
    public static Regex RecordLink(string id) => new($"/{Regex.Escape(id)}/$");
}
