using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.EndToEnd;

/// <summary>The sample's sitemap, robots.txt and the government page metadata (政府网站发展指引 网页元数据).</summary>
public sealed class SampleSitemapTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string BaseUrl = "https://zfgs.qinghe.example.gov.cn/";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private IEnumerable<string> PageUrls => sample.Files.Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Select(f => f[..^"index.html".Length]);

    [Fact]
    public void Sitemap_lists_every_built_page_once_and_nothing_else()
    {
        using var reader = XmlReader.Create(Path.Combine(sample.Output, "sitemap.xml"));
        var root = XDocument.Load(reader).Root!;

        Assert.Equal(Sm + "urlset", root.Name);
        var urls = root.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();
        Assert.InRange(urls.Count, 1, 50_000);
        Assert.Equal(urls.Distinct(StringComparer.Ordinal).Count(), urls.Count);
        Assert.All(urls, u => Assert.StartsWith(BaseUrl, u, StringComparison.Ordinal));
        Assert.Equal(PageUrls.Select(u => BaseUrl + u).Order(StringComparer.Ordinal), urls.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(BaseUrl + "404.html", urls);
        Assert.DoesNotContain(BaseUrl + "404/", urls);
    }

    [Fact]
    public void A_record_page_in_the_sitemap_carries_its_last_change()
    {
        var decision = sample.Result.Records.Decisions.First(d => d.Exclusion is null && d.Withdrawal is null && d.PublicationEnd is null);
        var root = XDocument.Load(Path.Combine(sample.Output, "sitemap.xml")).Root!;

        var entry = root.Elements(Sm + "url").Single(u => u.Element(Sm + "loc")!.Value == BaseUrl + SiteUrls.Decision(decision));

        var updated = decision.Updated is { } u && u > decision.Published ? u : decision.Published;
        Assert.Equal(updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.Element(Sm + "lastmod")!.Value);
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_sitemap()
    {
        var robots = File.ReadAllText(Path.Combine(sample.Output, "robots.txt"));

        Assert.StartsWith("User-agent: *\n", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: " + BaseUrl + "sitemap.xml\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_page_carries_article_metadata()
    {
        var decision = sample.Result.Records.Decisions.First(d => d.Exclusion is null && d.Withdrawal is null && d.PublicationEnd is null && d.Category == DecisionCategory.Penalty);
        var url = SiteUrls.Decision(decision);
        var page = sample.Page(url);
        var agency = sample.Result.Records.Agencies.Single(a => a.Id == decision.Agency).Name;

        AssertSiteMetadata(page);
        Assert.Equal(decision.Title, Meta(page, "ArticleTitle"));
        Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), Meta(page, "ArticleTitle"));
        Assert.Equal(decision.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Meta(page, "PubDate"));
        Assert.Equal(agency, Meta(page, "ContentSource"));
        Assert.Equal(agency, Meta(page, "Author"));
        Assert.Equal("执法决定", Meta(page, "ColumnName"));
        Assert.Equal("信息公开", Meta(page, "ColumnType"));
        Assert.Equal(["执法决定", "行政处罚", agency], Meta(page, "Keywords")!.Split(','));
        Assert.Contains(decision.Title, Meta(page, "Description"), StringComparison.Ordinal);
        Assert.Equal(BaseUrl + url, Meta(page, "Url"));
    }

    [Theory]
    [InlineData("decisions/", "执法决定", "信息公开")]
    [InlineData("decisions/category/penalty/", "执法决定", "信息公开")]
    [InlineData("guides/", "服务指南", "办事服务")]
    [InlineData("", "首页", "网站信息")]
    public void A_list_page_carries_column_metadata_and_no_article_metadata(string url, string column, string type)
    {
        var page = sample.Page(url);

        AssertSiteMetadata(page);
        Assert.Equal(column, Meta(page, "ColumnName"));
        Assert.Equal(type, Meta(page, "ColumnType"));
        Assert.Null(Meta(page, "ArticleTitle"));
        Assert.Null(Meta(page, "PubDate"));
        Assert.Null(Meta(page, "ContentSource"));
        Assert.Equal(Meta(page, "ColumnDescription"), Meta(page, "Description"));
        Assert.Equal(Meta(page, "ColumnKeywords"), Meta(page, "Keywords"));
        Assert.Equal("青禾县司法局", Meta(page, "Author"));
        Assert.Equal(BaseUrl + url, Meta(page, "Url"));
    }

    [Fact]
    public void Every_page_has_the_site_and_column_metadata()
    {
        foreach (var url in PageUrls)
        {
            AssertSiteMetadata(sample.Page(url));
        }
    }

    private static void AssertSiteMetadata(IDocument page)
    {
        Assert.Equal("青禾县行政执法公示平台", Meta(page, "SiteName"));
        Assert.Equal("zfgs.qinghe.example.gov.cn", Meta(page, "SiteDomain"));
        Assert.Equal("2199990001", Meta(page, "SiteIDCode"));
        foreach (var name in new[] { "ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType", "Keywords", "Author", "Description", "Url" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, name)), $"{name} missing on {page.Title}");
        }

        Assert.Single(page.Head!.QuerySelectorAll("meta[name='Description' i]"));
    }

    private static string? Meta(IDocument page, string name) =>
        page.Head!.QuerySelectorAll("meta").SingleOrDefault(m => m.GetAttribute("name") == name)?.GetAttribute("content");
}
