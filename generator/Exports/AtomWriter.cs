using System.Globalization;
using System.Text;
using System.Xml;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Writes a feed as Atom 1.0 (RFC 4287) through <see cref="XmlWriter"/>. Every id and link is absolute, made
/// from the site's base URL; the feed's <c>updated</c> is its newest entry's, so the same records give the same
/// bytes whenever the site is built.
/// </summary>
internal static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed document, UTF-8 without a byte-order mark, LF line endings.</summary>
    public static byte[] Write(Feed feed, string baseUrl, string language, string siteAuthor)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", Atom, baseUrl + feed.Path);
            Text(xml, "title", feed.Title);
            xml.WriteElementString("updated", Atom, Timestamp(feed.Entries.Max(e => e.Updated)));
            Link(xml, "self", baseUrl + feed.Path, "application/atom+xml");
            Link(xml, "alternate", baseUrl + feed.AlternateUrl, "text/html");
            Author(xml, siteAuthor);
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, baseUrl + entry.Url);
                Text(xml, "title", entry.Title);
                xml.WriteElementString("published", Atom, Timestamp(entry.Published));
                xml.WriteElementString("updated", Atom, Timestamp(entry.Updated));
                Link(xml, "alternate", baseUrl + entry.Url, "text/html");
                Author(xml, entry.Author);
                Text(xml, "summary", entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A date as an RFC 3339 timestamp at midnight China Standard Time (records carry days, not times).</summary>
    public static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+08:00";

    private static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, name);
        xml.WriteEndElement();
    }
}
