using System.Text;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Writes a table as CSV the way Excel opens it: UTF-8 with a byte-order mark, a header row, CRLF line ends and
/// RFC 4180 quoting (a field with a comma, quote, CR or LF is quoted, and its quotes doubled).
/// </summary>
internal static class CsvWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The file's bytes.</summary>
    public static byte[] Write(DataTable table)
    {
        var text = new StringBuilder();
        AppendRow(text, table.Columns.Select(c => c.Name));
        foreach (var row in table.Rows)
        {
            AppendRow(text, row);
        }

        var preamble = Utf8WithBom.GetPreamble();
        var body = Utf8WithBom.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    /// <summary>One field, quoted when RFC 4180 requires it.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            text.Append(Field(field));
            first = false;
        }

        text.Append("\r\n");
    }
}
