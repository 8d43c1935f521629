using Disclosure.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.Import;

/// <summary>
/// Reads a mapping file (YAML): <c>fields</c> maps record fields to source columns, constants or templates,
/// with value maps, date formats, amount units and list separators; <c>format</c>, <c>encoding</c>,
/// <c>delimiter</c> and <c>records</c> say how to read the export. Every problem is a DISC180 with its position.
/// </summary>
internal static class ImportMappingLoader
{
    private static readonly string[] TopKeys = ["format", "encoding", "delimiter", "records", "fields"];
    private static readonly string[] FieldKeys = ["column", "value", "template", "values", "formats", "unit", "split"];

    /// <summary>The mapping, or null after reporting what is wrong.</summary>
    public static ImportMapping? Load(string yaml, string path, DiagnosticSink sink)
    {
        var errors = 0;
        void Report(Mark mark, string what)
        {
            errors++;
            sink.Report(RuleCodes.ImportMappingInvalid, At(path, mark), what, ImportFields.Names);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            Report(ex.Start, "YAML 格式错误 / malformed YAML");
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Report(new Mark(0, 1, 1), "文件应是一个映射 / the file must be one mapping");
            return null;
        }

        var mapping = new ImportMapping { Fields = [] };
        var fields = new List<FieldMapping>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var text = (valueNode as YamlScalarNode)?.Value;
            switch (key)
            {
                case "format" when text is "csv" or "json":
                    mapping = mapping with { Format = text };
                    break;
                case "encoding" when text is "auto" or "utf-8" or "gb18030":
                    mapping = mapping with { Encoding = text };
                    break;
                case "delimiter" when text is { Length: 1 }:
                    mapping = mapping with { Delimiter = text[0] };
                    break;
                case "records" when !string.IsNullOrEmpty(text):
                    mapping = mapping with { Records = text };
                    break;
                case "fields" when valueNode is YamlMappingNode fieldNodes:
                    foreach (var (fieldKey, spec) in fieldNodes.Children)
                    {
                        var field = ReadField((fieldKey as YamlScalarNode)?.Value ?? string.Empty, fieldKey.Start, spec, path, Report);
                        if (field is not null && fields.Exists(f => f.Field == field.Field))
                        {
                            Report(fieldKey.Start, $"字段 {field.Field} 映射了两次 / field {field.Field} is mapped twice");
                        }
                        else if (field is not null)
                        {
                            fields.Add(field);
                        }
                    }

                    break;
                default:
                    Report(keyNode.Start, TopKeys.Contains(key)
                        ? $"{key} 的值无效 / invalid value for {key}"
                        : $"未知的键 {key}（允许：{string.Join(", ", TopKeys)}）/ unknown key {key}");
                    break;
            }
        }

        if (fields.Count == 0 && errors == 0)
        {
            Report(root.Start, "fields 为空 / fields is empty");
        }

        var ordered = ImportFields.All.Select(f => fields.Find(m => m.Field == f.Name)).OfType<FieldMapping>().ToList();
        return errors > 0 ? null : mapping with { Fields = ordered };
    }

    private static FieldMapping? ReadField(string name, Mark at, YamlNode spec, string path, Action<Mark, string> report)
    {
        if (ImportFields.KindOf(name) is not { } kind)
        {
            report(at, $"不能导入字段 {name} / field {name} cannot be imported");
            return null;
        }

        var field = new FieldMapping { Field = name, Kind = kind, DateFormats = ImportMapping.DefaultDateFormats, Location = At(path, at) };
        if (spec is YamlScalarNode { Value: { Length: > 0 } column })
        {
            return field with { Column = column };
        }

        if (spec is not YamlMappingNode options)
        {
            report(spec.Start, $"{name} 应为列名或映射 / {name} takes a column name or a mapping");
            return null;
        }

        var ok = true;
        foreach (var (keyNode, valueNode) in options.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var text = (valueNode as YamlScalarNode)?.Value;
            FieldMapping? next = key switch
            {
                "column" when !string.IsNullOrEmpty(text) => field with { Column = text },
                "value" when !string.IsNullOrEmpty(text) => field with { Value = text },
                "template" when !string.IsNullOrEmpty(text) => field with { Template = text },
                "values" => ReadValues(valueNode) is { } values ? field with { Values = values } : null,
                "formats" when kind == ImportFieldKind.Date => ReadList(valueNode) is { Count: > 0 } formats ? field with { DateFormats = formats } : null,
                "unit" when kind == ImportFieldKind.Amount && text is "元" or "万元" => field with { UnitFactor = text == "万元" ? 10000m : 1m },
                "split" when kind == ImportFieldKind.List && !string.IsNullOrEmpty(text) => field with { Separators = text },
                _ => null,
            };
            if (next is null)
            {
                ok = false;
                report(keyNode.Start, FieldKeys.Contains(key)
                    ? $"{name}.{key} 的值无效或不适用于该字段 / {name}.{key} is invalid or does not apply to this field"
                    : $"未知的键 {name}.{key}（允许：{string.Join(", ", FieldKeys)}）/ unknown key {name}.{key}");
                continue;
            }

            field = next;
        }

        var sources = new[] { field.Column, field.Value, field.Template }.Count(s => s is not null);
        if (ok && sources != 1)
        {
            report(at, $"{name} 须且只须有 column、value、template 之一 / {name} needs exactly one of column, value, template");
            return null;
        }

        return ok ? field : null;
    }

    private static Dictionary<string, string>? ReadValues(YamlNode node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (node)
        {
            case YamlSequenceNode list:
                foreach (var item in list.Children.OfType<YamlScalarNode>().Where(s => !string.IsNullOrEmpty(s.Value)))
                {
                    values[item.Value!.Trim()] = item.Value!.Trim();
                }

                return values.Count == list.Children.Count ? values : null;
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    if (k is not YamlScalarNode { Value: { Length: > 0 } from } || v is not YamlScalarNode { Value: { Length: > 0 } to })
                    {
                        return null;
                    }

                    values[from.Trim()] = to.Trim();
                }

                return values;
            default:
                return null;
        }
    }

    private static List<string>? ReadList(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } one } => [one],
        YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) =>
            [.. list.Children.Cast<YamlScalarNode>().Select(s => s.Value!)],
        _ => null,
    };

    private static SourceLocation At(string path, Mark mark) =>
        new(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));
}
