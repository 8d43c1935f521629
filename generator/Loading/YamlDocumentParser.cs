using Disclosure.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.Loading;

/// <summary>Parses YAML text into a positioned mapping node, reporting malformed YAML with its position.</summary>
internal static class YamlDocumentParser
{
    /// <summary>Maximum nesting depth of a content file; deeper documents are refused.</summary>
    public const int MaxDepth = 32;

    /// <summary>The top-level mapping, or null after reporting why there is none.</summary>
    public static YamlMappingNode? Parse(string yaml, SourceFile file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            file.Report(RuleCodes.MalformedYaml, ex.Start, Describe(ex));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var mark = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start;
            file.Report(RuleCodes.MalformedYaml, mark.Line == 0 ? new Mark(0, 1, 1) : mark, "文件应是“字段: 值”的映射 / the file must be a mapping of field: value");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            file.Report(RuleCodes.MalformedYaml, stream.Documents[1].RootNode.Start, "一个文件只能有一条记录 / one record per file");
            return null;
        }

        return root;
    }

    private static string Describe(YamlException ex)
    {
        // The innermost message names the problem; YamlDotNet prefixes positions we print ourselves.
        var message = (ex.InnerException as YamlException)?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}
