using Markdig;

namespace Disclosure.Generator.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline of a run: tables and lists, no raw HTML (content can never inject markup or
/// script), and headings shifted one level down because the page already has its h1.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Use<HeadingShiftExtension>()
        .Build();

    /// <summary>Renders Markdown to HTML; null and blank give null.</summary>
    public string? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Markdig.Markdown.ToHtml(markdown, _pipeline).Replace("\r\n", "\n", StringComparison.Ordinal);
}
