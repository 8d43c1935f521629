using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Import;

/// <summary>
/// Writes an imported decision as a record file in the layout of content/decisions (fields in a fixed order,
/// two-space indentation, LF line ends, UTF-8 without BOM), so that the same row always gives the same bytes.
/// A value is written plain when YAML reads it back as the same text, otherwise double-quoted.
/// </summary>
internal static class DecisionYamlWriter
{
    /// <summary>The file's bytes.</summary>
    public static byte[] Write(string id, string agency, ImportedDecision d)
    {
        var yaml = new StringBuilder();
        void Line(string key, string? value, int indent = 0, bool raw = false)
        {
            if (value is not null)
            {
                yaml.Append(' ', indent).Append(key).Append(": ").Append(raw ? value : Scalar(value)).Append('\n');
            }
        }

        Line("id", id);
        Line("agency", agency);
        Line("category", d.Category);
        Line("document_number", d.DocumentNumber);
        Line("decision_date", Date(d.DecisionDate), raw: true);
        Line("title", d.Title);
        yaml.Append("target:\n");
        Line("type", d.TargetType, 2);
        Line("name", d.TargetName, 2);
        Line("credit_code", d.CreditCode, 2);
        Line("summary", d.Summary);
        Line("facts", d.Facts);
        Line("legal_basis", d.LegalBasis);
        if (d.PenaltyTypes.Count > 0 || d.Fine is not null || d.Confiscation is not null)
        {
            yaml.Append("penalty:\n");
            if (d.PenaltyTypes.Count > 0)
            {
                yaml.Append("  types:\n");
                foreach (var type in d.PenaltyTypes)
                {
                    yaml.Append("    - ").Append(Scalar(type)).Append('\n');
                }
            }

            Line("fine", Amount(d.Fine), 2, raw: true);
            Line("confiscation", Amount(d.Confiscation), 2, raw: true);
        }

        Line("late_reason", d.LateReason);
        Line("legal_exception", d.LegalException);
        Line("publication_end", d.PublicationEnd is { } end ? Date(end) : null, raw: true);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(yaml.ToString());
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Amount(decimal? yuan) => yuan?.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Plain when safe (letters, CJK, digits inside text); quoted when YAML could read it otherwise.</summary>
    private static string Scalar(string value)
    {
        if (IsPlainSafe(value))
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || value != value.Trim() || "-?:,[]{}#&*!|>'\"%@`~".Contains(value[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')
            || value.Any(c => char.IsControl(c) || c == '\uFEFF'))
        {
            return false;
        }

        // Anything YAML 1.1/1.2 could read as a number, boolean, null or date stays text only when quoted.
        var lower = value.ToLowerInvariant();
        return !(lower is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n"
            || value.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or '_' or ':' or 'e' or 'E'));
    }
}
