using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Pipeline;
using Microsoft.Playwright;

namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>
/// The repository's sample jurisdiction, built once through the real pipeline into a temporary folder,
/// served on 127.0.0.1, and one headless Debian Chromium shared by every browser test.
/// </summary>
public sealed class SampleSite : IAsyncLifetime, IDisposable
{
    /// <summary>The sample's fixed today, as in the unit tests' sample build.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>Debian's package; the tests never download a browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "disclosure-browser-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built site.</summary>
    public string Output => Path.Combine(_folder, "site");

    /// <summary>Where the site is served, ending in a slash.</summary>
    public Uri BaseAddress => Server.BaseAddress;

    /// <summary>The shared browser; give each test its own context through <see cref="NewPageAsync"/>.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    private StaticSiteServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync()
    {
        Build();
        _server = new StaticSiteServer(Output);
        // The package's driver must not fetch browsers; Chromium comes from apt (see test.sh).
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    // xunit calls this after DisposeAsync.
    public void Dispose()
    {
        _server?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The absolute address of a site path such as <c>search/?q=罚款</c>.</summary>
    public string Url(string relative) => new Uri(BaseAddress, relative.TrimStart('/')).ToString();

    /// <summary>Whether the built site holds a file, relative with '/' separators.</summary>
    public bool Has(string relative) => File.Exists(Path.Combine(Output, relative));

    /// <summary>A page in a fresh browser context (its own storage) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        // Under Playwright's 30 s default a broken page costs minutes; everything here is local and small.
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    private void Build()
    {
        var sink = new DiagnosticSink();
        var context = new BuildContext(new FixedClock(Today), sink, CancellationToken.None);
        var result = BuildPipeline.Run(new BuildOptions(RepoPaths.Root, Output, Write: true), context);
        if (!result.Succeeded)
        {
            var errors = string.Join('\n', sink.Sorted().Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Location}"));
            throw new InvalidOperationException("the sample site did not build:\n" + errors);
        }
    }
}
