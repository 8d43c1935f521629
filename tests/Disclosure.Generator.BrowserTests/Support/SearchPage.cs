using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>
/// The search page's DOM contract in one place: the form, the query box, the facet selects, the live status,
/// the result list and the pager. Tests speak to the page through this class only.
/// </summary>
internal sealed partial class SearchPage(IPage page)
{
    public const string Path = "search/";

    // Settled: the status says something, the list is not marked busy, the address bar carries exactly the
    // query (and filters) asked for, and the status differs from what it said before the change, if given.
    // The client also marks #search-app with data-state="done" and data-query once a query's results are
    // shown; when that element exists, it must say so for this query.
    private const string Settled = """
        ([expected, before]) => {
          const status = document.querySelector('#search-status');
          const results = document.querySelector('#search-results');
          const app = document.querySelector('#search-app');
          const params = new URLSearchParams(location.search);
          return status !== null && status.textContent.trim() !== ''
            && (before === null || status.textContent !== before)
            && results !== null && results.getAttribute('aria-busy') !== 'true'
            && (app === null || (app.dataset.state === 'done' && app.dataset.query === expected.q))
            && Object.entries(expected).every(([name, value]) => (params.get(name) ?? '') === value);
        }
        """;

    public IPage Page => page;

    public ILocator Form => page.Locator("form#search-form");

    public ILocator Query => page.Locator("#search-q");

    public ILocator Status => page.Locator("#search-status");

    public ILocator Hits => page.Locator("#search-results li.search-hit");

    /// <summary>The title link of the first hit.</summary>
    public ILocator TopHitLink => Hits.First.Locator("a").First;

    public ILocator Snippets => page.Locator("#search-results li.search-hit p.search-snippet");

    public ILocator Pager => page.Locator("nav#search-pager");

    public ILocator Facet(string name) => Form.Locator($"select[name={name}]");

    /// <summary>Opens <c>/search/</c>, with a query in the address when given.</summary>
    public static async Task<SearchPage> OpenAsync(SampleSite site, string? query = null)
    {
        var page = await site.NewPageAsync();
        var address = query is null ? Path : Path + "?q=" + Uri.EscapeDataString(query);
        var response = await page.GotoAsync(site.Url(address));
        // Fail at once, not after a wait, when the build has no search page.
        Assert.True(response is { Status: 200 }, $"{Path} answered {response?.Status}: search/index.html is not in the built sample");
        var search = new SearchPage(page);
        if (query is not null)
        {
            await search.WaitUntilSettledAsync(query);
        }

        return search;
    }

    /// <summary>Types the query key by key, as a visitor would, and waits for the page to answer it.</summary>
    public async Task SearchAsync(string query)
    {
        await Query.FillAsync(string.Empty);
        await Query.PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = 30 });
        await WaitUntilSettledAsync(query);
    }

    /// <summary>Waits until the status line answers <paramref name="query"/> and the address carries it.</summary>
    public Task WaitUntilSettledAsync(string query) => WaitUntilSettledAsync(new Dictionary<string, string> { ["q"] = query }, before: null);

    /// <summary>
    /// Waits until the address carries every expected parameter and the status line has answered, and,
    /// when <paramref name="before"/> is given, says something other than it did before.
    /// </summary>
    public Task WaitUntilSettledAsync(IReadOnlyDictionary<string, string> expected, string? before) =>
        page.WaitForFunctionAsync(Settled, new object?[] { expected, before }, new PageWaitForFunctionOptions { Timeout = 10_000 });

    /// <summary>The status line's text as it is now.</summary>
    public async Task<string> StatusTextAsync() => await Status.TextContentAsync() ?? string.Empty;

    /// <summary>The site-relative path of each hit's title link, in rank order.</summary>
    public async Task<IReadOnlyList<string>> HitPathsAsync() =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#search-results li.search-hit')]
              .map(li => li.querySelector('a'))
              .filter(a => a !== null)
              .map(a => new URL(a.getAttribute('href'), location.href).pathname)
            """);

    /// <summary>The text of each hit's title link, in rank order.</summary>
    public async Task<IReadOnlyList<string>> HitTitlesAsync() =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#search-results li.search-hit')]
              .map(li => li.querySelector('a'))
              .filter(a => a !== null)
              .map(a => a.textContent.trim())
            """);

    /// <summary>The total the status line announces: its first number, or null when it gives none.</summary>
    public async Task<int?> AnnouncedTotalAsync()
    {
        var match = FirstNumber().Match(await Status.InnerTextAsync());
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Chooses the facet option whose value is <paramref name="value"/> or one of <paramref name="labels"/>, or
    /// else whose label contains one of them (labels may carry counts, such as 县交通运输局（5）).
    /// </summary>
    public async Task<string> ChooseFacetAsync(string name, string value, params string[] labels)
    {
        var chosen = await Facet(name).EvaluateAsync<string?>("""
            (select, [value, labels]) => {
              const options = [...select.options].filter(o => o.value !== '');
              const option = options.find(o => o.value === value || labels.includes(o.value))
                ?? options.find(o => labels.some(l => o.textContent.includes(l)));
              return option ? option.value : null;
            }
            """, new object[] { value, labels });
        Assert.True(chosen is not null, $"select[name={name}] has no option for {value}");
        await Facet(name).SelectOptionAsync(chosen);
        return chosen;
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex FirstNumber();
}
