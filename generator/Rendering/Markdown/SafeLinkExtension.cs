using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Generator.Rendering.Markdown;

/// <summary>
/// Neutralises unsafe link and image addresses in the rendered page (they become "#"). The validation rule
/// DISC119 already refuses them with a position; this is the second line, so no path can publish one.
/// </summary>
internal sealed class SafeLinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Neutralise;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Neutralise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !LinkSafety.IsSafe(l.Url)))
        {
            link.Url = "#";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !LinkSafety.IsSafe(l.Url)))
        {
            link.Url = "#";
        }
    }
}
