using System.Globalization;
using Disclosure.Generator.Benchmarks.Corpus;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.Benchmarks.Hugo;

/// <summary>
/// Turns a generated corpus into a Hugo site with the same decisions: one content file per decision with its
/// fields as front matter and its full text as body, taxonomy terms for agency, category and year, and the
/// minimal theme shipped beside this class (copied to the build output from <c>Hugo/Site</c>).
/// </summary>
internal static class HugoSiteWriter
{
    /// <summary>Category names as in the corpus, with the slugs our site uses for them in URLs.</summary>
    private static readonly (string Name, string Slug)[] Categories =
    [
        ("行政许可", "license"), ("行政处罚", "penalty"), ("行政检查", "inspection"), ("行政强制", "coercion"),
        ("行政确认", "confirmation"), ("行政给付", "benefit"), ("行政奖励", "reward"),
    ];

    /// <summary>The file name of the cached copy next to the corpus.</summary>
    public static string FolderName(int decisions, int seed) =>
        string.Create(CultureInfo.InvariantCulture, $"hugo-{decisions}-seed{seed}");

    /// <summary>Writes the content of the Hugo copy of <paramref name="corpus"/> into <paramref name="root"/>; returns the file count.</summary>
    public static int WriteContent(string corpus, string root)
    {
        var files = new CorpusFiles(root);
        var agencies = ReadAgencies(Path.Combine(corpus, "content", "agencies"));
        files.WriteMarkdown("content/_index.md", new YamlText().Text("title", "首页"), "");
        foreach (var (folder, title) in new[] { ("decisions", "执法决定"), ("agencies", "执法主体"), ("categories", "执法类别"), ("years", "年度") })
        {
            files.WriteMarkdown($"content/{folder}/_index.md", new YamlText().Text("title", title), "");
        }

        foreach (var (id, name, _) in agencies.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            files.WriteMarkdown($"content/agencies/{id}/_index.md", new YamlText().Text("title", name), "");
        }

        foreach (var (name, slug) in Categories)
        {
            files.WriteMarkdown($"content/categories/{slug}/_index.md", new YamlText().Text("title", name), "");
        }

        var reader = new DecisionFileReader();
        var decisions = Path.Combine(corpus, "content", "decisions");
        foreach (var path in Directory.EnumerateFiles(decisions, "*", SearchOption.AllDirectories))
        {
            var decision = reader.Read(path);
            var year = decision.DecisionDate![..4];
            files.WriteMarkdown(
                $"content/decisions/{year}/{decision.Id}.md", FrontMatter(decision, agencies[decision.Agency!], year), decision.Body);
        }

        return files.Count;
    }

    /// <summary>Copies the theme and configuration; done before every bench run so a cached copy gets theme edits.</summary>
    public static void WriteTheme(string root)
    {
        var theme = Path.Combine(AppContext.BaseDirectory, "Hugo", "Site");
        foreach (var source in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(theme, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }
    }

    private static YamlText FrontMatter(DecisionFileSource decision, (string Id, string Name, string ShortName) agency, string year)
    {
        var category = Categories.Single(c => c.Name == decision.Category);
        var yaml = new YamlText()
            .Text("title", decision.Title!)
            .Raw("date", decision.DecisionDate!)
            .Raw("publishDate", decision.Published!)
            .Text("document_number", decision.DocumentNumber!)
            .Text("agency_name", agency.Name)
            .Text("agency_short_name", agency.ShortName)
            .Text("category_name", category.Name)
            .Text("target_type", decision.Target!.Type!)
            .Text("target_name", decision.Target.Name!);
        if (decision.Target.CreditCode is { } creditCode)
        {
            yaml.Text("credit_code", creditCode);
        }

        yaml.Text("summary", decision.Summary!).Text("facts", decision.Facts!).Text("legal_basis", decision.LegalBasis!);
        if (decision.Penalty?.Types is { Count: > 0 } types)
        {
            yaml.Items("penalty_types", types);
        }

        if (decision.Penalty?.Fine is { } fine)
        {
            yaml.Number("fine", fine);
        }

        return yaml.Items("agencies", [agency.Id]).Items("categories", [category.Slug]).Items("years", [year]);
    }

    /// <summary>Each agency's id, full name and short name (as our list pages show it), by id.</summary>
    private static Dictionary<string, (string Id, string Name, string ShortName)> ReadAgencies(string folder)
    {
        var agencies = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml"))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            string Value(string key) => ((YamlScalarNode)root.Children[new YamlScalarNode(key)]).Value!;
            agencies[Value("id")] = (Value("id"), Value("name"), Value("short_name"));
        }

        return agencies;
    }
}
