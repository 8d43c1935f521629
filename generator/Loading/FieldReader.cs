using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.Loading;

/// <summary>
/// Reads the fields of one YAML mapping with their positions. Every read names a field, so that
/// <see cref="Finish"/> can refuse any key that was never asked for: a typo is an error, never ignored.
/// </summary>
internal sealed class FieldReader
{
    private readonly YamlMappingNode _node;
    private readonly string _prefix;
    private readonly Dictionary<string, SourceLocation> _locations;
    private readonly List<string> _asked = [];

    /// <summary>Creates a reader for a top-level mapping.</summary>
    public FieldReader(YamlMappingNode node, SourceFile file)
        : this(node, file, string.Empty, new Dictionary<string, SourceLocation>(StringComparer.Ordinal))
    {
    }

    private FieldReader(YamlMappingNode node, SourceFile file, string prefix, Dictionary<string, SourceLocation> locations)
    {
        _node = node;
        File = file;
        _prefix = prefix;
        _locations = locations;
    }

    /// <summary>The file being read.</summary>
    public SourceFile File { get; }

    /// <summary>Where this mapping starts.</summary>
    public SourceLocation Start => File.Locate(_node.Start);

    /// <summary>The source reference for the record, with every field position read so far.</summary>
    public SourceRef ToSourceRef() => new(File.Path, Start, [.. _locations]);

    /// <summary>The location of a field's value (or of the mapping when absent).</summary>
    public SourceLocation At(string key) => _locations.TryGetValue(_prefix + key, out var l) ? l : Start;

    /// <summary>Records the position of a part of the record read outside the YAML (the Markdown body).</summary>
    public void Locate(string key, SourceLocation location) => _locations[_prefix + key] = location;

    /// <summary>Reports a finding at a field.</summary>
    public void Report(string code, string key, params string[] arguments) => File.Sink.Report(code, At(key), arguments);

    /// <summary>A text field; required ones report DISC002 when absent or empty.</summary>
    public string? Text(string key, bool required = false)
    {
        var node = Scalar(key, required, "文本 / text");
        var value = node?.Value?.Trim();
        if (node is not null && string.IsNullOrEmpty(value) && required)
        {
            File.Report(RuleCodes.MissingField, node.Start, FullName(key));
        }

        return string.IsNullOrEmpty(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>A date written YYYY-MM-DD.</summary>
    public DateOnly? Date(string key, bool required = false)
    {
        var node = Scalar(key, required, "日期 YYYY-MM-DD / a date YYYY-MM-DD");
        if (node?.Value is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        File.Report(RuleCodes.InvalidDate, node.Start, FullName(key), Clip(text));
        return null;
    }

    /// <summary>A boolean, <c>true</c> or <c>false</c>; absent means false.</summary>
    public bool Bool(string key)
    {
        var node = Scalar(key, false, "true 或 false / true or false");
        return node?.Value switch
        {
            null or "" or "false" or "False" or "否" => false,
            "true" or "True" or "是" => true,
            _ => WrongType(node, key, "true 或 false / true or false", false),
        };
    }

    /// <summary>A non-negative whole number.</summary>
    public int? Int(string key, bool required = false)
    {
        var node = Scalar(key, required, "整数 / a whole number");
        if (node?.Value is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return WrongType<int?>(node, key, "非负整数 / a non-negative whole number", null);
    }

    /// <summary>A non-negative decimal number.</summary>
    public decimal? Decimal(string key, bool required = false)
    {
        var node = Scalar(key, required, "数字 / a number");
        if (node?.Value is not { Length: > 0 } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return WrongType<decimal?>(node, key, "非负数字 / a non-negative number", null);
    }

    /// <summary>A value of a closed set, written in Chinese.</summary>
    public TEnum? Choice<TEnum>(string key, ClosedSet<TEnum> set, bool required = false)
        where TEnum : struct, Enum
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (set.TryParse(text, out var value))
        {
            return value;
        }

        Report(RuleCodes.UnknownValue, key, FullName(key), Clip(text), set.Allowed);
        return null;
    }

    /// <summary>A record id (own id or a reference).</summary>
    public RecordId? Id(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (RecordId.TryParse(text, out var id))
        {
            return id;
        }

        Report(RuleCodes.InvalidId, key, Clip(text));
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list.</summary>
    public IReadOnlyList<string> TextList(string key, bool required = false)
    {
        var node = Child(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        _locations[string.Create(CultureInfo.InvariantCulture, $"{_prefix}{key}[{items.Count}]")] = File.Locate(item.Start);
                        items.Add(v.Trim());
                    }
                    else if (item is not YamlScalarNode)
                    {
                        File.Report(RuleCodes.WrongType, item.Start, FullName(key), "文本列表 / a list of texts");
                    }
                }

                return items;
            default:
                return WrongType<IReadOnlyList<string>>(node, key, "文本列表 / a list of texts", []);
        }
    }

    /// <summary>A nested mapping; its own unknown keys are reported when the caller finishes it.</summary>
    public FieldReader? Mapping(string key, bool required = false)
    {
        var node = Child(key, required);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            if (node is not null && required)
            {
                File.Report(RuleCodes.MissingField, node.Start, FullName(key));
            }

            return null;
        }

        return node is YamlMappingNode mapping
            ? new FieldReader(mapping, File, _prefix + key + ".", _locations)
            : WrongType<FieldReader?>(node, key, "字段映射 / a mapping of fields", null);
    }

    /// <summary>A list of nested mappings.</summary>
    public IReadOnlyList<FieldReader> MappingList(string key, bool required = false)
    {
        var node = Child(key, required);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            return WrongType<IReadOnlyList<FieldReader>>(node, key, "列表 / a list", []);
        }

        var readers = new List<FieldReader>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlMappingNode mapping)
            {
                readers.Add(new FieldReader(mapping, File, string.Create(CultureInfo.InvariantCulture, $"{_prefix}{key}[{i}]."), _locations));
            }
            else
            {
                File.Report(RuleCodes.WrongType, sequence.Children[i].Start, FullName(key), "字段映射的列表 / a list of mappings");
            }
        }

        return readers;
    }

    /// <summary>Refuses every key that was never asked for, naming the allowed ones.</summary>
    public void Finish()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!_asked.Contains(key, StringComparer.Ordinal))
            {
                File.Report(RuleCodes.UnknownField, keyNode.Start, FullName(Clip(key)), string.Join(", ", _asked));
            }
        }
    }

    private YamlNode? Child(string key, bool required)
    {
        _asked.Add(key);
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            _locations[_prefix + key] = File.Locate(node.Start);
            if (required && node is YamlScalarNode { Value: null or "" } && node.Tag.IsEmpty)
            {
                // An empty value (key:) is reported by the typed readers, which see the null.
                return node;
            }

            return node;
        }

        if (required)
        {
            File.Sink.Report(RuleCodes.MissingField, Start, FullName(key));
        }

        return null;
    }

    private YamlScalarNode? Scalar(string key, bool required, string expected)
    {
        var node = Child(key, required);
        if (node is null or YamlScalarNode)
        {
            var scalar = (YamlScalarNode?)node;
            if (required && scalar is { Value: null or "" } && expected != "文本 / text")
            {
                File.Report(RuleCodes.MissingField, scalar.Start, FullName(key));
            }

            return scalar;
        }

        return WrongType<YamlScalarNode?>(node, key, expected, null);
    }

    private T WrongType<T>(YamlNode node, string key, string expected, T fallback)
    {
        File.Report(RuleCodes.WrongType, node.Start, FullName(key), expected);
        return fallback;
    }

    private string FullName(string key) => _prefix + key;

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>The node's start, for callers that validate combinations of fields.</summary>
    public Mark NodeStart => _node.Start;
}
