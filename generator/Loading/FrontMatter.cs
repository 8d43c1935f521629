namespace Disclosure.Generator.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
internal sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body)
{
    /// <summary>
    /// Splits text that starts with a <c>---</c> line. Returns null with a reason when the front matter is
    /// missing or never closed. YAML line 1 is file line 2, hence an offset of 1.
    /// </summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        problem = null;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            problem = "缺失：文件应以 --- 开头 / is missing: the file must start with ---";
            return null;
        }

        var searchFrom = 4;
        while (searchFrom <= text.Length)
        {
            var end = text.IndexOf("\n---", searchFrom - 1, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var after = end + 4;
            if (after == text.Length || text[after] == '\n')
            {
                var yaml = text[4..(end + 1)];
                var body = after >= text.Length ? string.Empty : text[(after + 1)..];
                return new FrontMatter(yaml, 1, body);
            }

            searchFrom = after + 1;
        }

        problem = "没有结束行 --- / is not closed by a line ---";
        return null;
    }
}
