using System.Globalization;
using System.Text;
using System.Xml;
using Disclosure.Generator.Rendering;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Writes the sitemap (sitemaps.org protocol 0.9): every public page once, with its last change where the page
/// states one. Up to <see cref="UrlLimit"/> URLs it is one <c>sitemap.xml</c>; past that, <c>sitemap.xml</c> is a
/// sitemap index and the URLs are split, in order, into <c>sitemaps/sitemap-1.xml</c>, <c>-2</c> and so on.
/// </summary>
internal static class SitemapWriter
{
    /// <summary>The protocol's limit of URLs per sitemap file.</summary>
    public const int UrlLimit = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap files (site-relative path and bytes), the root sitemap first.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Write(IReadOnlyList<RenderedPage> pages, string baseUrl, int limit = UrlLimit)
    {
        var sorted = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        if (sorted.Count <= limit)
        {
            return [("sitemap.xml", UrlSet(sorted, baseUrl))];
        }

        var parts = sorted.Chunk(limit).Select((chunk, i) => (Path: string.Create(CultureInfo.InvariantCulture, $"sitemaps/sitemap-{i + 1}.xml"), Pages: chunk)).ToList();
        var files = new List<(string, byte[])> { ("sitemap.xml", Index(parts.Select(p => (baseUrl + p.Path, LastModified(p.Pages))))) };
        files.AddRange(parts.Select(p => (p.Path, UrlSet(p.Pages, baseUrl))));
        return files;
    }

    private static string? LastModified(IEnumerable<RenderedPage> pages) => pages.Select(p => p.UpdatedIso).OfType<string>().DefaultIfEmpty().Max(StringComparer.Ordinal);

    private static byte[] UrlSet(IEnumerable<RenderedPage> pages, string baseUrl) => Document("urlset", xml =>
    {
        foreach (var page in pages)
        {
            Item(xml, "url", baseUrl + page.Url, page.UpdatedIso);
        }
    });

    private static byte[] Index(IEnumerable<(string Location, string? LastModified)> sitemaps) => Document("sitemapindex", xml =>
    {
        foreach (var (location, lastModified) in sitemaps)
        {
            Item(xml, "sitemap", location, lastModified);
        }
    });

    private static void Item(XmlWriter xml, string element, string location, string? lastModified)
    {
        xml.WriteStartElement(element, Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (lastModified is not null)
        {
            xml.WriteElementString("lastmod", Namespace, lastModified);
        }

        xml.WriteEndElement();
    }

    private static byte[] Document(string root, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
