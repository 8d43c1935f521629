using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Exports;

/// <summary>Feeds, sitemap and robots.txt on the base mini-site, with and without a real base_url.</summary>
public sealed class SiteExporterTests : IDisposable
{
    private readonly TempDir _site = new();

    public SiteExporterTests() => _site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));

    private string Output => Path.Combine(_site.Path, "_site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Without_a_real_base_url_no_feed_or_sitemap_is_written_and_DISC170_says_why()
    {
        var (result, diagnostics) = SiteRun.Run(_site.Path, Output);

        Assert.True(result.Succeeded);
        var info = Assert.Single(diagnostics, d => d.Code == RuleCodes.BaseUrlMissing);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal("site.yml", info.Location.Path);
        Assert.False(Directory.Exists(Path.Combine(Output, "feeds")));
        Assert.False(File.Exists(Path.Combine(Output, "sitemap.xml")));
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(Output, "robots.txt")));
        Assert.DoesNotContain("application/atom+xml", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Url\"", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_base_url_feeds_and_sitemap_are_written_and_reused_unchanged_by_an_incremental_build()
    {
        SetBaseUrl("https://zfgs.test.example.gov.cn/sub/");
        var (first, diagnostics) = SiteRun.Run(_site.Path, Output);
        Assert.True(first.Succeeded);
        Assert.DoesNotContain(diagnostics, d => d.Code == RuleCodes.BaseUrlMissing);

        var (second, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Plan!.Written);
        Assert.True(first.Plan!.Contains("feeds/all.xml"));
        Assert.True(first.Plan.Contains("feeds/decisions.xml"));
        Assert.True(first.Plan.Contains("sitemap.xml"));
        Assert.Contains("<loc>https://zfgs.test.example.gov.cn/sub/</loc>", File.ReadAllText(Path.Combine(Output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.EndsWith("Sitemap: https://zfgs.test.example.gov.cn/sub/sitemap.xml\n", File.ReadAllText(Path.Combine(Output, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_build_day_leaves_the_site_feed_byte_identical()
    {
        SetBaseUrl("https://zfgs.test.example.gov.cn/");
        SiteRun.Run(_site.Path, Output);
        var before = File.ReadAllText(Path.Combine(Output, "feeds/all.xml"));

        var (later, _) = SiteRun.Run(_site.Path, Output, today: SiteRun.Today.AddDays(3), incremental: true);

        Assert.True(later.Succeeded);
        Assert.Equal(before, File.ReadAllText(Path.Combine(Output, "feeds/all.xml")));
    }

    private void SetBaseUrl(string url)
    {
        var path = Path.Combine(_site.Path, "site.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("https://example.invalid/", url, StringComparison.Ordinal));
    }
}
