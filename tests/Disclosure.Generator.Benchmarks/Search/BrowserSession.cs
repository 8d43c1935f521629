using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Debian's headless Chromium driven by Playwright (never a downloaded browser). Each measurement opens the
/// page in a fresh context, so nothing is cached; <c>probe.js</c> (see node/pages/) is injected first and
/// times the query inside the page. The query is inserted in one input event, as an input method commits
/// Chinese text, after the page and whatever it loads on its own have settled (network idle).
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan QueryLimit = TimeSpan.FromMinutes(2);
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _probe;

    private BrowserSession(IPlaywright playwright, IBrowser browser, string probe)
    {
        _playwright = playwright;
        _browser = browser;
        _probe = probe;
    }

    public static async Task<BrowserSession> StartAsync(string probeScript)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        return new BrowserSession(playwright, browser, File.ReadAllText(probeScript));
    }

    /// <summary>
    /// Types the query into the page at <paramref name="page"/> and measures it. A page that crashes or cannot
    /// load (a lunr.js index too large for the tab) is a result, reported in <see cref="QueryMeasurement.State"/>.
    /// </summary>
    public async Task<QueryMeasurement> MeasureAsync(Uri page, EngineSite site, BenchQuery query)
    {
        var context = await NewContextAsync();
        try
        {
            await context.AddInitScriptAsync(_probe);
            var tally = new NetworkTally(context);
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(page.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await tab.FocusAsync("#search-q");
            await tab.Keyboard.InsertTextAsync(query.Text);
            var failure = await WaitAsync(tab);
            var reading = await tab.EvaluateAsync<JsonElement>("() => window.__bench");
            var (index, total, requests) = await tally.SettleAsync(site.IsIndexData);
            var input = Number(reading, "input");
            return new QueryMeasurement(
                index, total, requests, Number(reading, "first") - input, Number(reading, "done") - input,
                failure ?? reading.GetProperty("state").GetString() ?? "?");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return new QueryMeasurement(0, 0, 0, null, null, "browser error: " + FirstLine(e.Message));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// Calls the bench page's <c>window.benchAll(query)</c>, in a context of its own, for every result; null when
    /// the page crashed or failed.
    /// </summary>
    public async Task<string[]?> AllResultsAsync(Uri page, string query)
    {
        var context = await NewContextAsync();
        try
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(page.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            return await tab.EvaluateAsync<string[]>("query => window.benchAll(query)", query);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return null;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        // A large index takes long to download and parse; this bounds a stuck page, not a slow one.
        context.SetDefaultTimeout((float)TimeSpan.FromMinutes(10).TotalMilliseconds);
        return context;
    }

    /// <summary>
    /// Waits for the query to end; null when it did, else why not. A page whose status has not left <c>idle</c> within <see cref="AnswerLimit"/>
    /// has no working search client (every page sets <c>loading</c> when its search starts), so it is not waited
    /// for until <see cref="QueryLimit"/>. The wait is one promise in the page (<c>__benchWait</c> in probe.js), not a poll: polling
    /// runs a script on the main thread the page searches on.
    /// </summary>
    private static async Task<string?> WaitAsync(IPage tab)
    {
        if (await tab.EvaluateAsync<bool>("ms => window.__benchWait(ms)", AnswerLimit.TotalMilliseconds))
        {
            return null;
        }

        if (await tab.EvaluateAsync<string?>("() => document.querySelector('#search-status')?.dataset.state ?? null") is null or "idle")
        {
            return string.Create(CultureInfo.InvariantCulture, $"status still idle after {AnswerLimit.TotalSeconds:0} s (no search client?)");
        }

        return await tab.EvaluateAsync<bool>("ms => window.__benchWait(ms)", (QueryLimit - AnswerLimit).TotalMilliseconds)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"no result in {QueryLimit.TotalSeconds:0} s");
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static double? Number(JsonElement reading, string name) =>
        reading.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
