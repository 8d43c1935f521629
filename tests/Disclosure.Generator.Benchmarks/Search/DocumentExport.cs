using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Exports the benchmark's pages (<see cref="BenchDocuments"/>) from a built site as JSON lines
/// (<see cref="BenchDocument"/>): the text lunr.js indexes and the ground truth is computed from. The text is
/// what Pagefind reads with <c>--root-selector main</c>: the visible text of <c>&lt;main&gt;</c>, with a line
/// break around every block element so that table cells and definition terms never run together.
/// </summary>
internal static class DocumentExport
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Chinese stays readable and small; the file is read by node and by us, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "I", "KBD", "MARK", "Q", "S", "SAMP",
        "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT" };

    /// <summary>Writes one line per page, in page order; returns the number of pages.</summary>
    public static int Write(string site, string jsonl)
    {
        var pages = BenchDocuments.Pages(site);
        using var writer = new StreamWriter(jsonl, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        var documents = pages.AsParallel().AsOrdered().Select(page => Read(site, page));
        foreach (var document in documents)
        {
            writer.WriteLine(JsonSerializer.Serialize(document, Json));
        }

        return pages.Count;
    }

    /// <summary>Reads the exported pages back, one at a time.</summary>
    public static IEnumerable<BenchDocument> ReadAll(string jsonl) => File.ReadLines(jsonl)
        .Where(line => line.Length > 0)
        .Select(line => JsonSerializer.Deserialize<BenchDocument>(line, Json) ?? throw new InvalidDataException($"{jsonl}: empty line"));

    private static BenchDocument Read(string site, string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, page)));
        var main = document.QuerySelector("main") ?? document.Body ?? throw new InvalidDataException($"{page}: no body");
        var title = (main.QuerySelector("h1")?.TextContent ?? document.Title ?? "").Trim();
        var text = new StringBuilder();
        Append(main, text);
        return new BenchDocument(BenchDocuments.Url(page), title, Collapse(text.ToString()));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement element && !Skipped.Contains(element.TagName) && !element.HasAttribute("hidden"))
            {
                var block = !Inline.Contains(element.TagName);
                text.Append(block ? "\n" : "");
                Append(element, text);
                text.Append(block ? "\n" : "");
            }
        }
    }

    /// <summary>Each run of white space becomes one line break if it holds one, else one space; ends trimmed.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }

            var breaks = false;
            for (; i < text.Length && char.IsWhiteSpace(text[i]); i++)
            {
                breaks |= text[i] == '\n';
            }

            result.Append(breaks ? '\n' : ' ');
        }

        return result.ToString().Trim();
    }
}
