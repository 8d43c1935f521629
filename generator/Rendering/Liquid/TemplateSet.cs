using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Disclosure.Generator.Diagnostics;
using Fluid;
using Fluid.Values;

namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>
/// The run's one Liquid parser and one set of options: every template parsed once, only view types
/// readable, undefined variables an error naming the template, output HTML-encoded.
/// </summary>
internal sealed class TemplateSet
{
    // Encode only what HTML needs; Chinese text stays readable in the output.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ImmutableDictionary<string, IFluidTemplate> _templates;
    private readonly TemplateOptions _options;

    private TemplateSet(ImmutableDictionary<string, IFluidTemplate> templates, TemplateOptions options)
    {
        _templates = templates;
        _options = options;
    }

    /// <summary>Parses every template of the theme; a template that fails to parse is reported.</summary>
    public static TemplateSet Create(Theme theme, DiagnosticSink sink)
    {
        var parser = new FluidParser();
        var options = new TemplateOptions
        {
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
            FileProvider = new MemoryFileProvider(theme.Templates),
            DefaultFileExtension = ".liquid",
            MaxRecursion = 20,
        };
        // An undefined variable or member is a theme error naming the template; a member that is null is not.
        options.Undefined = name => throw new InvalidOperationException($"undefined variable '{name}'");
        TextFilters.Register(options.Filters);
        foreach (var type in typeof(TemplateSet).Assembly.GetTypes().Where(t => t.Namespace == "Disclosure.Generator.Rendering.Views" && t.Name.EndsWith("View", StringComparison.Ordinal)))
        {
            options.MemberAccessStrategy.Register(type);
        }

        var templates = ImmutableDictionary.CreateBuilder<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (name, source) in theme.Templates)
        {
            if (parser.TryParse(source, out var template, out var error))
            {
                templates[name] = template;
            }
            else
            {
                sink.Report(RuleCodes.TemplateError, SourceLocation.FileStart("themes/default/templates/" + name), name, error ?? string.Empty);
            }
        }

        return new TemplateSet(templates.ToImmutable(), options);
    }

    /// <summary>True when the named template exists.</summary>
    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders a template with the given variables; throws <see cref="TemplateRenderException"/> on a template fault.</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> values, string? rawContent = null)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new TemplateRenderException(name, "模板不存在 / template not found");
        }

        var context = new TemplateContext(_options);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        if (rawContent is not null)
        {
            context.SetValue("content", new StringValue(rawContent, encode: false));
        }

        try
        {
            return template.Render(context, Encoder);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FluidException)
        {
            throw new TemplateRenderException(name, ex.Message);
        }
    }
}
