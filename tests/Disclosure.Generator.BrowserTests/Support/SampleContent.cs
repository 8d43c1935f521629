using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>
/// Reads the sample's record files directly, so what a search must find comes from the content the site was
/// built from, not from the code under test.
/// </summary>
internal static class SampleContent
{
    private static readonly Lazy<IReadOnlyList<SampleDecision>> AllDecisions = new(LoadDecisions);

    private static string ContentRoot => Path.Combine(RepoPaths.Root, "content");

    /// <summary>Every decision file, published or withheld.</summary>
    public static IReadOnlyList<SampleDecision> Decisions => AllDecisions.Value;

    /// <summary>The decisions a visitor may see on the sample's fixed today.</summary>
    public static IEnumerable<SampleDecision> Published => Decisions.Where(d => d.IsPublished(SampleSite.Today));

    /// <summary>The decision with this id.</summary>
    public static SampleDecision Decision(string id) => Decisions.Single(d => d.Id == id);

    /// <summary>
    /// Published decisions whose indexed fields (title, document number, party, facts, legal basis, summary,
    /// late reason: what SiteIndexer reads) contain <paramref name="text"/> as written.
    /// </summary>
    public static IReadOnlyList<SampleDecision> PublishedContaining(string text) =>
        [.. Published.Where(d => d.IndexedText.Any(t => t.Contains(text, StringComparison.Ordinal)))];

    /// <summary>An agency's full name, the value of the search's agency facet.</summary>
    public static string AgencyName(string agencyId) => Scalar(Read($"agencies/{agencyId}.yml"), "name");

    /// <summary>A scalar field of a record file (YAML, or Markdown front matter); a dotted path reaches nested fields.</summary>
    public static string Field(string relative, string path) => Scalar(Read(relative), path);

    /// <summary>Every content file whose text contains <paramref name="text"/>, relative with '/' separators.</summary>
    public static IReadOnlyList<string> FilesContaining(string text) =>
        [.. Directory.EnumerateFiles(ContentRoot, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".yml" or ".md")
            .Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ContentRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static List<SampleDecision> LoadDecisions() =>
        [.. Directory.EnumerateFiles(Path.Combine(ContentRoot, "decisions"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".yml" or ".md")
            .Order(StringComparer.Ordinal)
            .Select(f => ToDecision(Read(Path.GetRelativePath(ContentRoot, f)), Body(f)))];

    // The Markdown full text after the front matter, which the decision's page shows; null for a YAML record.
    private static string? Body(string file)
    {
        if (Path.GetExtension(file) != ".md")
        {
            return null;
        }

        var lines = File.ReadAllText(file).Split('\n');
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        return string.Join('\n', lines[(end + 1)..]);
    }

    // What the index holds of a decision: the fields its page shows, the deciding agency's name, the category
    // and the published full text.
    private static SampleDecision ToDecision(YamlMappingNode d, string? body)
    {
        var target = (YamlMappingNode)d.Children[new YamlScalarNode("target")];
        string? Optional(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
        var end = Optional(d, "publication_end");
        return new SampleDecision(
            Scalar(d, "id"),
            Scalar(d, "agency"),
            Scalar(d, "category"),
            DateOnly.Parse(Scalar(d, "decision_date"), System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(Scalar(d, "published"), System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Scalar(d, "document_number"),
            Scalar(d, "title"),
            Scalar(target, "name"),
            Scalar(target, "type"),
            Optional(target, "credit_code"),
            d.Children.ContainsKey(new YamlScalarNode("withdrawal")) || d.Children.ContainsKey(new YamlScalarNode("exclusion")),
            [.. new[]
            {
                Scalar(d, "title"), Scalar(d, "document_number"), Scalar(target, "name"), Optional(d, "facts"), Optional(d, "legal_basis"),
                Optional(d, "summary"), Optional(d, "late_reason"), AgencyName(Scalar(d, "agency")), Scalar(d, "category"), body,
            }.OfType<string>()]);
    }

    private static string Scalar(YamlMappingNode node, string path)
    {
        YamlNode current = node;
        foreach (var key in path.Split('.'))
        {
            current = ((YamlMappingNode)current).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)current).Value ?? throw new InvalidOperationException($"{path} is empty");
    }

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
