using System.Text;
using System.Xml.Linq;
using Disclosure.Generator.Exports;
using Disclosure.Generator.Rendering;

namespace Disclosure.Generator.Tests.Exports;

public sealed class SitemapWriterTests
{
    private const string BaseUrl = "https://zfgs.example.gov.cn/";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static List<RenderedPage> Pages(int count) =>
        [.. Enumerable.Range(0, count).Reverse().Select(i => new RenderedPage($"decisions/p{i:D3}/", i % 2 == 0 ? $"2026-01-{i % 28 + 1:D2}" : null))];

    [Fact]
    public void Up_to_the_limit_the_sitemap_is_one_url_set_in_url_order()
    {
        var files = SitemapWriter.Write(Pages(3), BaseUrl, limit: 3);

        var (path, content) = Assert.Single(files);
        Assert.Equal("sitemap.xml", path);
        var root = XDocument.Parse(Encoding.UTF8.GetString(content)).Root!;
        Assert.Equal(Sm + "urlset", root.Name);
        Assert.Equal([BaseUrl + "decisions/p000/", BaseUrl + "decisions/p001/", BaseUrl + "decisions/p002/"], root.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value));
        Assert.Equal("2026-01-01", root.Elements(Sm + "url").First().Element(Sm + "lastmod")!.Value);
        Assert.Null(root.Elements(Sm + "url").ElementAt(1).Element(Sm + "lastmod"));
    }

    [Fact]
    public void Past_the_limit_the_sitemap_becomes_an_index_of_sitemaps_none_over_the_limit()
    {
        var pages = Pages(7);

        var files = SitemapWriter.Write(pages, BaseUrl, limit: 3);

        Assert.Equal(["sitemap.xml", "sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml"], files.Select(f => f.Path));
        var index = XDocument.Parse(Encoding.UTF8.GetString(files[0].Content)).Root!;
        Assert.Equal(Sm + "sitemapindex", index.Name);
        Assert.Equal(files.Skip(1).Select(f => BaseUrl + f.Path), index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value));
        var listed = new List<string>();
        foreach (var (_, content) in files.Skip(1))
        {
            var set = XDocument.Parse(Encoding.UTF8.GetString(content)).Root!;
            Assert.Equal(Sm + "urlset", set.Name);
            var urls = set.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();
            Assert.InRange(urls.Count, 1, 3);
            listed.AddRange(urls);
        }

        Assert.Equal(pages.Select(p => BaseUrl + p.Url).Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void The_protocol_limit_is_50000_urls()
    {
        var files = SitemapWriter.Write(Pages(1), BaseUrl);

        Assert.Equal(50_000, SitemapWriter.UrlLimit);
        Assert.Single(files);
    }
}
