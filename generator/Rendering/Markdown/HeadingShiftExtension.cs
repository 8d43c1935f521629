using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Disclosure.Generator.Rendering.Markdown;

/// <summary>
/// Shifts Markdown headings so the body's top heading is h2 (h3 inside a section) so that a record's body never adds a second h1 and
/// heading levels stay in order for screen readers (WCAG 1.3.1).
/// </summary>
internal sealed class HeadingShiftExtension(int levels) : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Shift;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void Shift(MarkdownDocument document)
    {
        // The body's top heading becomes h(1 + levels) whatever level the editor started at, so a body written
        // with ## never skips a level under the page's own headings (WCAG 1.3.1).
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return;
        }

        var shift = 1 + levels - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 1, 6);
        }
    }
}
