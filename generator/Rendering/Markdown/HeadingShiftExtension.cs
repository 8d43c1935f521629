using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Disclosure.Generator.Rendering.Markdown;

/// <summary>
/// Shifts Markdown headings down (# → h2, or h3 inside a section) so that a record's body never adds a second h1 and
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
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + levels);
        }
    }
}
