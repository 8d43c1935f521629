using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Disclosure.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>Reads the embedded default theme and the site's overrides (the only reader of theme files).</summary>
internal static class ThemeLoader
{
    private const string ResourcePrefix = "theme/";

    /// <summary>Loads the theme named in site.yml from the site folder, over the built-in default.</summary>
    public static Theme Load(string siteRoot, string themeName, DiagnosticSink sink)
    {
        var files = new SortedDictionary<string, ThemeAsset>(StringComparer.Ordinal);
        var assembly = typeof(ThemeLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            files[name[ResourcePrefix.Length..].Replace('\\', '/')] = new ThemeAsset(ReadResource(assembly, name), null);
        }

        var overrideRoot = Path.Combine(siteRoot, "themes", themeName);
        if (Directory.Exists(overrideRoot))
        {
            foreach (var path in Directory.EnumerateFiles(overrideRoot, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(overrideRoot, path).Replace('\\', '/');
                if (!Path.GetFileName(relative).StartsWith('.'))
                {
                    files[relative] = new ThemeAsset(null, path);
                }
            }
        }

        var templates = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var assets = ImmutableSortedDictionary.CreateBuilder<string, ThemeAsset>(StringComparer.Ordinal);
        foreach (var (path, file) in files)
        {
            if (path.StartsWith("templates/", StringComparison.Ordinal))
            {
                templates[path["templates/".Length..]] = Text(file);
            }
            else if (path.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets[path] = file;
            }
        }

        return new Theme(
            templates.ToImmutable(),
            Strings(files, "i18n/zh-CN.yml", sink),
            Strings(files, "i18n/en.yml", sink),
            assets.ToImmutable());
    }

    private static ImmutableSortedDictionary<string, string> Strings(SortedDictionary<string, ThemeAsset> files, string path, DiagnosticSink sink)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (!files.TryGetValue(path, out var file))
        {
            return builder.ToImmutable();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Text(file)));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            sink.Report(RuleCodes.TemplateError, new SourceLocation("themes/default/" + path, (int)ex.Start.Line, (int)ex.Start.Column), path, ex.Message);
            return builder.ToImmutable();
        }

        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                builder[((YamlScalarNode)key).Value ?? string.Empty] = (value as YamlScalarNode)?.Value ?? string.Empty;
            }
        }

        return builder.ToImmutable();
    }

    private static string Text(ThemeAsset file) =>
        file.Embedded is { } bytes ? Encoding.UTF8.GetString(bytes) : File.ReadAllText(file.FilePath!, Encoding.UTF8);

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
