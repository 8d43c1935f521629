using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Import;

/// <summary>
/// Where one record field comes from: a source column, a constant, or a template of columns
/// (<c>{行政相对人名称}{违法行为类型}案</c>), plus its conversion: a value map, date formats, the amount unit
/// (元 or 万元) and the list separators.
/// </summary>
internal sealed record FieldMapping
{
    /// <summary>The record field (document_number, target.name …).</summary>
    public required string Field { get; init; }

    /// <summary>How the value is converted.</summary>
    public required ImportFieldKind Kind { get; init; }

    /// <summary>The source column, when the value is read from one.</summary>
    public string? Column { get; init; }

    /// <summary>A constant value for every row.</summary>
    public string? Value { get; init; }

    /// <summary>A text with <c>{column}</c> placeholders.</summary>
    public string? Template { get; init; }

    /// <summary>Source value → record value; when set, any other value is refused.</summary>
    public IReadOnlyDictionary<string, string>? Values { get; init; }

    /// <summary>Date formats (.NET custom format strings), tried in order.</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    /// <summary>Multiplier from the source unit to yuan: 1 for 元, 10000 for 万元.</summary>
    public decimal UnitFactor { get; init; } = 1m;

    /// <summary>Characters that separate list items.</summary>
    public string Separators { get; init; } = ";；、,，";

    /// <summary>Where the field is mapped in the mapping file (or the export, for the default mapping).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The columns this field reads.</summary>
    public IEnumerable<string> Columns => Column is not null ? [Column] : Template is not null ? TemplateColumns(Template) : [];

    /// <summary>The placeholders of a template, in order.</summary>
    public static IEnumerable<string> TemplateColumns(string template)
    {
        var start = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                start = i;
            }
            else if (template[i] == '}' && start >= 0)
            {
                yield return template[(start + 1)..i];
                start = -1;
            }
        }
    }
}
