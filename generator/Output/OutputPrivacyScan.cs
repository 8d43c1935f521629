using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Output;

/// <summary>
/// The last line of defence (武汉 第六条): before anything is written, every text file in the output plan is
/// scanned with the same detectors the rules use. HTML is read through AngleSharp as a visitor would see
/// it. Any finding stops the build; findings show masked values only.
/// </summary>
internal static class OutputPrivacyScan
{
    private static readonly string[] TextExtensions = [".html", ".json", ".xml", ".csv", ".txt", ".svg", ".js"];

    /// <summary>Scans the plan; returns the number of findings reported.</summary>
    public static int Run(OutputPlan plan, ScanAllowances allowances, DiagnosticSink sink)
    {
        var scanner = new PersonalDataScanner(allowances);
        var found = 0;
        Parallel.ForEach(plan.Paths.Where(p => TextExtensions.Contains(Path.GetExtension(p), StringComparer.Ordinal) && !p.StartsWith("assets/", StringComparison.Ordinal)), path =>
        {
            var text = Encoding.UTF8.GetString(plan.Read(path));
            var visible = path.EndsWith(".html", StringComparison.Ordinal) ? VisibleText(text) : text;
            foreach (var finding in scanner.Scan(visible).Where(f => !f.Kind.IsReviewOnly()))
            {
                Interlocked.Increment(ref found);
                sink.Report(RuleCodes.OutputPersonalData, new SourceLocation(path, finding.Line, finding.Column), path, finding.Kind.ChineseLabel(), finding.Masked);
            }
        });
        return found;
    }

    /// <summary>The page's text and attribute values, one text node per line, so cells never run together.</summary>
    private static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            if (node is IText t && t.ParentElement?.LocalName is not ("script" or "style"))
            {
                text.Append(t.Data.Trim()).Append('\n');
            }
            else if (node is IElement e)
            {
                foreach (var attribute in e.Attributes.Where(a => a.Name is "content" or "title" or "alt" or "aria-label"))
                {
                    text.Append(attribute.Value).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
