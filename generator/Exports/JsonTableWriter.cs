using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Writes a table as one JSON document, <c>{"$schema", "name", "count", "records": [...]}</c>, each record's
/// properties in column order. Chinese text is written as is (not as \u escapes), so the document reads as
/// the page does and the output privacy scan sees what a reader sees.
/// </summary>
internal static class JsonTableWriter
{
    /// <summary>Options shared by every open-data JSON file: indented, LF line ends, unescaped CJK.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file's bytes.</summary>
    public static byte[] Write(DataTable table, string schemaUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", schemaUrl);
            json.WriteString("name", table.Name);
            json.WriteNumber("count", table.Rows.Count);
            json.WriteStartArray("records");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    WriteCell(json, table.Columns[i], row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteCell(Utf8JsonWriter json, DataColumn column, string? value)
    {
        json.WritePropertyName(column.Name);
        switch (column.Type)
        {
            case DataType.Cell:
                json.WriteStringValue(value ?? string.Empty);
                break;
            case DataType.Boolean:
                json.WriteBooleanValue(value == "true");
                break;
            case DataType.Integer when !string.IsNullOrEmpty(value):
                json.WriteNumberValue(long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                break;
            case DataType.Integer:
                json.WriteNullValue();
                break;
            default:
                if (string.IsNullOrEmpty(value))
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteStringValue(value);
                }

                break;
        }
    }
}
