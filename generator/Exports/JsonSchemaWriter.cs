using System.Text.Json;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of one table's JSON document, derived from the same column list the
/// files are written from, so the schema cannot drift from the data. Its <c>$id</c> carries the schema version.
/// </summary>
internal static class JsonSchemaWriter
{
    /// <summary>The dialect every schema declares.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The schema's bytes.</summary>
    public static byte[] Write(DataTable table, string schemaUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonTableWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Dialect);
            json.WriteString("$id", schemaUrl);
            json.WriteString("title", table.Title);
            json.WriteString("description", table.Description);
            json.WriteString("type", "object");
            WriteNames(json, "required", ["$schema", "name", "count", "records"]);
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("const", schemaUrl);
            json.WriteEndObject();
            json.WriteStartObject("name");
            json.WriteString("const", table.Name);
            json.WriteEndObject();
            json.WriteStartObject("count");
            json.WriteString("type", "integer");
            json.WriteNumber("minimum", 0);
            json.WriteString("description", "records 的条数 / number of records");
            json.WriteEndObject();
            json.WriteStartObject("records");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteString("$ref", "#/$defs/record");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("$defs");
            WriteRecord(json, table.Columns);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteRecord(Utf8JsonWriter json, IReadOnlyList<DataColumn> columns)
    {
        json.WriteStartObject("record");
        json.WriteString("type", "object");
        WriteNames(json, "required", columns.Select(c => c.Name));
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var column in columns)
        {
            json.WriteStartObject(column.Name);
            json.WriteString("description", column.Description);
            switch (column.Type)
            {
                case DataType.Cell:
                    json.WriteString("type", "string");
                    break;
                case DataType.Boolean:
                    json.WriteString("type", "boolean");
                    break;
                case DataType.Integer:
                    WriteNames(json, "type", ["integer", "null"]);
                    break;
                case DataType.Date:
                    WriteNames(json, "type", ["string", "null"]);
                    json.WriteString("format", "date");
                    break;
                default:
                    WriteNames(json, "type", ["string", "null"]);
                    break;
            }

            if (column.Pattern is { } pattern)
            {
                json.WriteString("pattern", pattern);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }
}
