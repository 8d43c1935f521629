using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Import;

/// <summary>
/// Converts one export row into an <see cref="ImportedDecision"/>: reads each mapped field, applies value maps,
/// date formats and units, masks a natural person's name everywhere it appears (法释〔2016〕19号 第九条, the rule
/// <see cref="PersonalText"/> implements), and scans the text that would be published with the project's
/// scanner. Reports every problem of the row; returns null when any was found. Never echoes a cell's value.
/// </summary>
internal sealed class RowConverter(ImportMapping mapping, PersonalDataScanner scanner, MessageLanguage language, string path, DiagnosticSink sink)
{
    private const string NotMapped = "未映射 / not mapped";
    private static readonly string[] MaskedFields = ["title", "summary", "facts", "legal_basis", "late_reason", "legal_exception"];

    /// <summary>The converted decision, or null after reporting why the row cannot be imported.</summary>
    public ImportedDecision? Convert(ExportRow row)
    {
        var errors = 0;
        var start = new SourceLocation(path, row.Line, row.Column);
        void Report(string code, SourceLocation at, params string[] args)
        {
            errors++;
            sink.Report(code, at, [row.Number.ToString(CultureInfo.InvariantCulture), .. args]);
        }

        if (row.Problem is not null)
        {
            Report(RuleCodes.ImportBadValue, start, En ? "(whole row)" : "（整行）", En ? $"row: {row.Problem}" : $"行：{row.Problem}", "delimiter");
            return null;
        }

        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in mapping.Fields)
        {
            var text = RawValue(field, row);
            if (text.Length > 0)
            {
                raw[field.Field] = text;
            }
        }

        foreach (var (name, _, required) in ImportFields.All.Where(f => f.Required && !raw.ContainsKey(f.Name)))
        {
            var field = mapping.For(name);
            Report(RuleCodes.ImportMissingValue, CellOf(field, row) ?? start, name, field is null ? NotMapped : Label(field));
        }

        var type = Choice("target.type", ClosedSets.TargetTypes, raw, row, start, Report);
        var category = Choice("category", ClosedSets.Categories, raw, row, start, Report);
        var types = ListValues("penalty.types", raw, row, start, Report);
        var decisionDate = Date("decision_date", raw, row, Report);
        var publicationEnd = Date("publication_end", raw, row, Report);
        var fine = Amount("penalty.fine", raw, row, Report);
        var confiscation = Amount("penalty.confiscation", raw, row, Report);
        var number = raw.TryGetValue("document_number", out var n) && !DocumentNumber.TryParse(n, out _)
            ? Bad("document_number", "决定书文号（2–64 个字符，单行）/ document number (2–64 characters, one line)", string.Empty, row, Report)
            : n?.Trim();
        var credit = CreditCodeOf(raw, type, row, Report);
        if (type == TargetType.NaturalPerson && raw.TryGetValue("target.name", out var person))
        {
            Mask(raw, person);
        }

        errors += ScanForPersonalData(raw, type, row, start, Report);
        if (errors > 0 || category is null || type is null || decisionDate is null || number is null)
        {
            return null;
        }

        return new ImportedDecision
        {
            Row = row.Number,
            Location = start,
            Category = ClosedSets.Categories.Chinese(category.Value),
            DocumentNumber = number,
            DecisionDate = decisionDate.Value,
            Title = raw["title"],
            TargetType = ClosedSets.TargetTypes.Chinese(type.Value),
            TargetName = raw["target.name"],
            CreditCode = credit,
            Summary = raw["summary"],
            Facts = raw.GetValueOrDefault("facts"),
            LegalBasis = raw["legal_basis"],
            PenaltyTypes = types,
            Fine = fine,
            Confiscation = confiscation,
            LateReason = raw.GetValueOrDefault("late_reason"),
            LegalException = raw.GetValueOrDefault("legal_exception"),
            PublicationEnd = publicationEnd,
        };
    }

    private bool En => language == MessageLanguage.English;

    private static string RawValue(FieldMapping field, ExportRow row)
    {
        if (field.Value is not null)
        {
            return field.Value.Trim();
        }

        if (field.Column is not null)
        {
            return row.Cell(field.Column)?.Text ?? string.Empty;
        }

        var template = field.Template!;
        var columns = FieldMapping.TemplateColumns(template).ToList();
        if (columns.All(c => string.IsNullOrEmpty(row.Cell(c)?.Text)))
        {
            return string.Empty;
        }

        foreach (var column in columns)
        {
            template = template.Replace("{" + column + "}", row.Cell(column)?.Text ?? string.Empty, StringComparison.Ordinal);
        }

        return template.Trim();
    }

    private static void Mask(Dictionary<string, string> raw, string person)
    {
        // 武汉 第十一条: an individual's name is published masked, also where the free text repeats it.
        var masked = PersonalText.Mask(person);
        raw["target.name"] = masked;
        if (person.Trim().Length < 2 || masked == person.Trim())
        {
            return;
        }

        foreach (var field in MaskedFields.Where(raw.ContainsKey))
        {
            raw[field] = raw[field].Replace(person.Trim(), masked, StringComparison.Ordinal);
        }
    }

    private TEnum? Choice<TEnum>(string name, ClosedSet<TEnum> set, Dictionary<string, string> raw, ExportRow row, SourceLocation start, Action<string, SourceLocation, string[]> report)
        where TEnum : struct, Enum
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return null;
        }

        var field = mapping.For(name)!;
        var mapped = field.Values?.GetValueOrDefault(text) ?? text;
        if (set.TryParse(mapped, out var value))
        {
            return value;
        }

        report(RuleCodes.ImportUnknownValue, CellOf(field, row) ?? start, [Label(field), name, Allowed(field, set.Allowed)]);
        return null;
    }

    private List<string> ListValues(string name, Dictionary<string, string> raw, ExportRow row, SourceLocation start, Action<string, SourceLocation, string[]> report)
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return [];
        }

        var field = mapping.For(name)!;
        var items = text.Split(field.Separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<string>();
        foreach (var item in items)
        {
            if (field.Values is null)
            {
                values.Add(item);
            }
            else if (field.Values.TryGetValue(item, out var mapped))
            {
                values.Add(mapped);
            }
            else
            {
                report(RuleCodes.ImportUnknownValue, CellOf(field, row) ?? start, [Label(field), name, Allowed(field, string.Empty)]);
                return [];
            }
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }

    private DateOnly? Date(string name, Dictionary<string, string> raw, ExportRow row, Action<string, SourceLocation, string[]> report)
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return null;
        }

        var field = mapping.For(name)!;
        var formats = field.DateFormats.ToArray();
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return DateOnly.FromDateTime(time);
        }

        Bad(name, $"日期（{string.Join("、", formats)}） / date ({string.Join(", ", formats)})", "formats", row, report);
        return null;
    }

    private decimal? Amount(string name, Dictionary<string, string> raw, ExportRow row, Action<string, SourceLocation, string[]> report)
    {
        if (!raw.TryGetValue(name, out var text))
        {
            return null;
        }

        var field = mapping.For(name)!;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount))
        {
            // 万元 × 10000 in decimal arithmetic: 2.79 万元 is exactly 27900 元; a result finer than a fen is refused.
            var yuan = amount * field.UnitFactor;
            if (decimal.Round(yuan, 2) == yuan)
            {
                return yuan == 0 ? null : yuan;
            }
        }

        Bad(name, "金额（非负数，换算为元后最多两位小数）/ amount (non-negative, at most two decimals in yuan)", "unit", row, report);
        return null;
    }

    private string? CreditCodeOf(Dictionary<string, string> raw, TargetType? type, ExportRow row, Action<string, SourceLocation, string[]> report)
    {
        // A natural person has no credit code; 个体工商户 without one export the placeholder 17 zeros and X.
        if (type == TargetType.NaturalPerson || !raw.TryGetValue("target.credit_code", out var text) || text == "00000000000000000X")
        {
            return null;
        }

        if (CreditCode.TryParse(text, out var code))
        {
            return code.Value;
        }

        return Bad("target.credit_code", "统一社会信用代码（18 位）/ unified social credit code (18 characters)", string.Empty, row, report);
    }

    private string? Bad(string name, string what, string setting, ExportRow row, Action<string, SourceLocation, string[]> report)
    {
        var field = mapping.For(name)!;
        var parts = what.Split(" / ");
        report(RuleCodes.ImportBadValue, CellOf(field, row) ?? new SourceLocation(path, row.Line, row.Column), [Label(field), En ? parts[^1] : parts[0], setting]);
        return null;
    }

    private int ScanForPersonalData(Dictionary<string, string> raw, TargetType? type, ExportRow row, SourceLocation start, Action<string, SourceLocation, string[]> report)
    {
        var found = 0;
        foreach (var field in mapping.Fields.Where(f => f.Kind is ImportFieldKind.Text or ImportFieldKind.List && raw.ContainsKey(f.Field)))
        {
            if (field.Field is "document_number" or "target.credit_code" || (field.Field == "target.name" && type == TargetType.NaturalPerson))
            {
                continue;
            }

            foreach (var finding in scanner.Scan(raw[field.Field]).Where(f => !f.Kind.IsReviewOnly()).DistinctBy(f => f.Kind))
            {
                found++;
                var label = En ? finding.Kind.EnglishLabel() : finding.Kind.ChineseLabel();
                report(RuleCodes.ImportPersonalData, SourceCell(field, row, finding.Kind) ?? start, [Label(field), label, finding.Rule]);
            }
        }

        return found;
    }

    private ExportCell? SourceCellOf(FieldMapping field, ExportRow row, PersonalDataKind kind) =>
        field.Columns.Select(row.Cell).OfType<ExportCell>().FirstOrDefault(c => scanner.Scan(c.Text).Any(f => f.Kind == kind));

    private SourceLocation? SourceCell(FieldMapping field, ExportRow row, PersonalDataKind kind) =>
        (SourceCellOf(field, row, kind) ?? field.Columns.Select(row.Cell).OfType<ExportCell>().FirstOrDefault()) is { } cell
            ? new SourceLocation(path, cell.Line, cell.Column)
            : null;

    private SourceLocation? CellOf(FieldMapping? field, ExportRow row) =>
        field?.Columns.Select(row.Cell).OfType<ExportCell>().FirstOrDefault() is { } cell ? new SourceLocation(path, cell.Line, cell.Column) : null;

    private string Label(FieldMapping field) =>
        field.Column ?? field.Template ?? (En ? $"(constant of {field.Field})" : $"（{field.Field} 的常量）");

    private static string Allowed(FieldMapping field, string closedSet) =>
        field.Values is null ? closedSet : string.Join("、", field.Values.Keys.Order(StringComparer.Ordinal));
}
