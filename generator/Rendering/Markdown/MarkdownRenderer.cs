using Markdig;

namespace Disclosure.Generator.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline of a run: tables and lists, no raw HTML (content can never inject markup or
/// script), and headings shifted one level down because the page already has its h1.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _topLevel = Create(1);
    private readonly MarkdownPipeline _inSection = Create(2);

    /// <summary>Renders Markdown to HTML; null and blank give null. <paramref name="inSection"/> bodies sit under an h2.</summary>
    public string? ToHtml(string? markdown, bool inSection = false) =>
        string.IsNullOrWhiteSpace(markdown)
            ? null
            : Markdig.Markdown.ToHtml(markdown, inSection ? _inSection : _topLevel).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static MarkdownPipeline Create(int shift)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseListExtras().DisableHtml();
        builder.Extensions.Add(new HeadingShiftExtension(shift));
        builder.Extensions.Add(new SafeLinkExtension());
        return builder.Build();
    }
}
