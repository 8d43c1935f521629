using System.Text;
using System.Text.Json;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Import;

/// <summary>
/// Reads a JSON export: an array of flat objects, or an object whose property <c>records</c> (named in the
/// mapping) holds that array. Strings, numbers (read exactly as written, so amounts stay exact), booleans and
/// null are cell values; a nested object or array makes its row unreadable. Columns are the keys in order of
/// first appearance.
/// </summary>
internal static class JsonExportReader
{
    /// <summary>The table, or null after reporting (DISC181) why the file cannot be read.</summary>
    public static ExportTable? Read(byte[] bytes, string path, string? recordsProperty, DiagnosticSink sink)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var json = bytes.AsSpan(start);
        var lines = LineStarts(json);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var columns = new List<string>();
        var rows = new List<ExportRow>();
        try
        {
            if (!reader.Read() || !FindArray(ref reader, recordsProperty))
            {
                sink.Report(RuleCodes.ImportExportUnreadable, SourceLocation.FileStart(path), recordsProperty is null
                    ? "顶层应为对象数组 / the top level must be an array of objects"
                    : $"找不到数组属性 {recordsProperty} / no array property {recordsProperty}");
                return null;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var (line, column) = Position(json, lines, (int)reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    sink.Report(RuleCodes.ImportExportUnreadable, new SourceLocation(path, line, column), "数组元素应为对象 / each element must be an object");
                    return null;
                }

                rows.Add(ReadObject(ref reader, json, lines, rows.Count + 1, line, column, columns));
            }
        }
        catch (JsonException ex)
        {
            sink.Report(RuleCodes.ImportExportUnreadable, new SourceLocation(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), "JSON 格式错误 / malformed JSON");
            return null;
        }

        return new ExportTable(path, columns, rows);
    }

    private static bool FindArray(ref Utf8JsonReader reader, string? property)
    {
        if (property is null)
        {
            return reader.TokenType == JsonTokenType.StartArray;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == property && reader.TokenType == JsonTokenType.StartArray)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static ExportRow ReadObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, List<int> lines, int number, int line, int column, List<string> columns)
    {
        var cells = new Dictionary<string, ExportCell>(StringComparer.Ordinal);
        string? problem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            reader.Read();
            var (l, c) = Position(json, lines, (int)reader.TokenStartIndex);
            string? text = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => string.Empty,
                _ => null,
            };
            if (text is null)
            {
                problem ??= $"“{name}”不是简单值 / \"{name}\" is not a plain value";
                reader.Skip();
                continue;
            }

            if (!columns.Contains(name))
            {
                columns.Add(name);
            }

            cells[name] = new ExportCell(text.Trim(), l, c);
        }

        return new ExportRow(number, line, column, cells, problem);
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> json)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> json, List<int> lines, int offset)
    {
        var index = lines.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = 1;
        for (var i = lines[line]; i < offset; i++)
        {
            // Count code points: skip UTF-8 continuation bytes.
            if ((json[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line + 1, column);
    }
}
