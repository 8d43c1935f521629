using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>
/// Reads the sample's record files directly, so search expectations come from the content the site was
/// built from rather than from numbers copied into the tests.
/// </summary>
internal static class SampleContent
{
    private static string ContentRoot => Path.Combine(RepoPaths.Root, "content");

    /// <summary>A scalar field of a record file (YAML, or Markdown front matter); a dotted path reaches nested fields.</summary>
    public static string Field(string relative, string path)
    {
        YamlNode node = Read(relative);
        foreach (var key in path.Split('.'))
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)node).Value ?? throw new InvalidOperationException($"{relative}: {path} is empty");
    }

    /// <summary>Every content file whose text contains <paramref name="text"/>, relative with '/' separators.</summary>
    public static IReadOnlyList<string> FilesContaining(string text) =>
        [.. Directory.EnumerateFiles(ContentRoot, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".yml" or ".md")
            .Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ContentRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The record id a content file declares.</summary>
    public static string Id(string relative) => Field(relative, "id");

    private static YamlMappingNode Read(string relative)
    {
        var text = File.ReadAllText(Path.Combine(ContentRoot, relative));
        if (relative.EndsWith(".md", StringComparison.Ordinal))
        {
            // Front matter: from the opening "---" line to the next one.
            var lines = text.Split('\n');
            var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
            text = string.Join('\n', lines[1..end]);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
