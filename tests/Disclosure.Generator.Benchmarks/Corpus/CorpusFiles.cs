using System.Text;

namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>Writes the corpus files under one root: UTF-8 without a byte-order mark, LF line ends.</summary>
internal sealed class CorpusFiles(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Count { get; private set; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
        Count++;
    }

    /// <summary>A Markdown record: the YAML front matter between <c>---</c> lines, then the body.</summary>
    public void WriteMarkdown(string relativePath, YamlText frontMatter, string body) =>
        Write(relativePath, "---\n" + frontMatter + "---\n\n" + body);
}
