using System.Net;
using System.Text;

namespace Disclosure.Generator.Output;

/// <summary>
/// The text a visitor sees in a page the generator wrote: every text node (entities decoded, trimmed) and the
/// values of the attributes a browser shows or reads aloud, one per line so that cells never run together.
/// Script and style bodies and comments are skipped. A single forward pass, no DOM: the pages come from our
/// own templates, so a tag is always closed by '&gt;' and attribute values are quoted.
/// </summary>
internal static class VisibleText
{
    private static readonly string[] ShownAttributes = ["content", "title", "alt", "aria-label", "placeholder", "value"];

    /// <summary>Extracts the visible text of an HTML document.</summary>
    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            var end = open < 0 ? html.Length : open;
            AppendText(text, html.AsSpan(i, end - i));
            if (open < 0)
            {
                break;
            }

            i = ReadMarkup(html, open, text);
        }

        return text.ToString();
    }

    private static int ReadMarkup(string html, int open, StringBuilder text)
    {
        if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var p = open + 1;
        var closing = p < html.Length && html[p] == '/';
        if (closing || (p < html.Length && html[p] == '!'))
        {
            var gt = html.IndexOf('>', p);
            return gt < 0 ? html.Length : gt + 1;
        }

        var nameStart = p;
        while (p < html.Length && IsNameChar(html[p]))
        {
            p++;
        }

        if (p == nameStart)
        {
            // A lone '<' in text (the encoder writes &lt;, so this is only defensive).
            AppendText(text, "<");
            return open + 1;
        }

        var tag = html.AsSpan(nameStart, p - nameStart);
        p = ReadAttributes(html, p, text);
        if (tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            var close = html.IndexOf("</" + tag.ToString(), p, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : close;
        }

        return p;
    }

    private static int ReadAttributes(string html, int p, StringBuilder text)
    {
        while (p < html.Length)
        {
            var c = html[p];
            if (c == '>')
            {
                return p + 1;
            }

            if (!IsNameChar(c))
            {
                p++;
                continue;
            }

            var nameStart = p;
            while (p < html.Length && IsNameChar(html[p]))
            {
                p++;
            }

            var name = html.AsSpan(nameStart, p - nameStart);
            while (p < html.Length && html[p] == ' ')
            {
                p++;
            }

            if (p >= html.Length || html[p] != '=')
            {
                continue;
            }

            p++;
            while (p < html.Length && html[p] == ' ')
            {
                p++;
            }

            int valueStart, valueEnd;
            if (p < html.Length && html[p] is '"' or '\'')
            {
                var quote = html[p];
                valueStart = p + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                p = Math.Min(html.Length, valueEnd + 1);
            }
            else
            {
                valueStart = p;
                while (p < html.Length && html[p] is not (' ' or '>'))
                {
                    p++;
                }

                valueEnd = p;
            }

            if (IsShown(name))
            {
                AppendText(text, html.AsSpan(valueStart, valueEnd - valueStart));
            }
        }

        return p;
    }

    private static bool IsShown(ReadOnlySpan<char> name)
    {
        foreach (var shown in ShownAttributes)
        {
            if (name.Equals(shown, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':';

    private static void AppendText(StringBuilder text, ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        if (trimmed.Contains('&'))
        {
            text.Append(WebUtility.HtmlDecode(trimmed.ToString()).Trim());
        }
        else
        {
            text.Append(trimmed);
        }

        text.Append('\n');
    }
}
