using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;
using Disclosure.Generator.Rendering.Markdown;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// No content may run script in a visitor's browser: every link and image in a Markdown body uses http(s),
/// mailto or a relative address. Raw HTML is already disabled in the Markdown pipeline.
/// </summary>
internal sealed class SafeLinkRule : IRecordRule
{
    // Inline positions (line and column of each link) need precise source locations.
    private static readonly MarkdownPipeline Located = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        foreach (var record in context.Records.All())
        {
            var body = record switch
            {
                Decision d => d.Body,
                ProcessNotice n => n.Body,
                ServiceGuide g => g.Body,
                Procedure p => p.Body,
                _ => null,
            };
            if (body is null)
            {
                continue;
            }

            var start = record.Source.At("body");
            var document = Markdig.Markdown.Parse(body, Located);
            var links = document.Descendants<LinkInline>().Select(l => (Url: l.Url ?? string.Empty, l.Line, l.Column))
                .Concat(document.Descendants<AutolinkInline>().Select(l => (Url: l.Url ?? string.Empty, l.Line, l.Column)));
            foreach (var (url, line, column) in links.Where(l => !LinkSafety.IsSafe(l.Url)))
            {
                var shown = url.Length <= 30 ? url : url[..30] + "…";
                context.Report(RuleCodes.UnsafeLink, start with { Line = start.Line + line, Column = column + 1 }, shown);
            }
        }
    }
}
