namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>A theme template failed while rendering (an undefined variable, a bad filter): a theme problem, reported as DISC051.</summary>
internal sealed class TemplateRenderException(string template, string detail) : Exception($"{template}: {detail}")
{
    /// <summary>The template's name.</summary>
    public string Template { get; } = template;

    /// <summary>What went wrong.</summary>
    public string Detail { get; } = detail;
}
