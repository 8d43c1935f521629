using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>Builds one YAML record: keys in a fixed order, text single-quoted, dates as YYYY-MM-DD.</summary>
internal sealed class YamlText
{
    private readonly StringBuilder _text = new();

    public YamlText Text(string key, string value, int indent = 0) => Line(indent, key, Quote(value));

    public YamlText Number(string key, long value, int indent = 0) =>
        Line(indent, key, value.ToString(CultureInfo.InvariantCulture));

    public YamlText Date(string key, DateOnly value, int indent = 0) =>
        Line(indent, key, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public YamlText Raw(string key, string value, int indent = 0) => Line(indent, key, value);

    public YamlText Open(string key, int indent = 0) => Line(indent, key, null);

    public YamlText Items(string key, IEnumerable<string> values, int indent = 0)
    {
        Open(key, indent);
        foreach (var value in values)
        {
            _text.Append(' ', indent + 2).Append("- ").Append(Quote(value)).Append('\n');
        }

        return this;
    }

    /// <summary>Starts a list element whose first key is <paramref name="key"/>.</summary>
    public YamlText Element(string key, string value, int indent) =>
        Line(indent, "- " + key, Quote(value));

    public override string ToString() => _text.ToString();

    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private YamlText Line(int indent, string key, string? value)
    {
        _text.Append(' ', indent).Append(key).Append(':');
        if (value is not null)
        {
            _text.Append(' ').Append(value);
        }

        _text.Append('\n');
        return this;
    }
}
