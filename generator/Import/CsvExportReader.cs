using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Import;

/// <summary>
/// Reads a CSV export (RFC 4180: quoted cells may hold the delimiter, quotes and line breaks; CRLF or LF). The
/// first row names the columns. Each cell keeps the line and column (in code points) where it starts.
/// </summary>
internal static class CsvExportReader
{
    /// <summary>The table, or null after reporting (DISC181) why the file cannot be read.</summary>
    public static ExportTable? Read(string text, string path, char delimiter, DiagnosticSink sink)
    {
        var records = Split(text, delimiter, out var unclosed);
        if (unclosed is { } at)
        {
            sink.Report(RuleCodes.ImportExportUnreadable, new SourceLocation(path, at.Line, at.Column), "引号未闭合 / a quoted cell is not closed");
            return null;
        }

        if (records.Count == 0 || records[0].All(c => c.Text.Trim().Length == 0))
        {
            sink.Report(RuleCodes.ImportExportUnreadable, SourceLocation.FileStart(path), "没有表头行 / no header row");
            return null;
        }

        var header = records[0].Select(c => c.Text.Trim()).ToList();
        var duplicate = header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var cell = records[0][header.LastIndexOf(duplicate.Key)];
            sink.Report(RuleCodes.ImportExportUnreadable, new SourceLocation(path, cell.Line, cell.Column), $"列名“{duplicate.Key}”重复 / column \"{duplicate.Key}\" appears twice");
            return null;
        }

        var rows = new List<ExportRow>();
        for (var r = 1; r < records.Count; r++)
        {
            var cells = records[r];
            if (cells.All(c => c.Text.Trim().Length == 0))
            {
                continue;
            }

            var map = new Dictionary<string, ExportCell>(StringComparer.Ordinal);
            for (var c = 0; c < Math.Min(cells.Count, header.Count); c++)
            {
                if (header[c].Length > 0)
                {
                    map[header[c]] = cells[c] with { Text = cells[c].Text.Trim() };
                }
            }

            var problem = cells.Count == header.Count ? null
                : $"有 {cells.Count} 个单元格，表头有 {header.Count} 列 / {cells.Count} cells, the header has {header.Count} columns";
            rows.Add(new ExportRow(r + 1, cells[0].Line, cells[0].Column, map, problem));
        }

        return new ExportTable(path, header.Where(h => h.Length > 0).ToList(), rows);
    }

    private static List<List<ExportCell>> Split(string text, char delimiter, out (int Line, int Column)? unclosed)
    {
        unclosed = null;
        var records = new List<List<ExportCell>>();
        var current = new List<ExportCell>();
        var cell = new System.Text.StringBuilder();
        int line = 1, column = 1, cellLine = 1, cellColumn = 1;
        var quoted = false;
        var i = 0;
        void EndCell()
        {
            current.Add(new ExportCell(cell.ToString(), cellLine, cellColumn));
            cell.Clear();
        }

        while (i < text.Length)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    column += 2;
                    continue;
                }

                if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (ch == delimiter)
            {
                EndCell();
                (cellLine, cellColumn) = (line, column + 1);
            }
            else if (ch is '\r' or '\n')
            {
                EndCell();
                records.Add(current);
                current = [];
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                line++;
                column = 1;
                (cellLine, cellColumn) = (line, column);
                continue;
            }
            else
            {
                cell.Append(ch);
            }

            if (quoted && ch is '\n' || (quoted && ch == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (!char.IsLowSurrogate(ch))
            {
                column++;
            }

            i++;
        }

        if (quoted)
        {
            unclosed = (cellLine, cellColumn);
        }

        if (cell.Length > 0 || current.Count > 0)
        {
            EndCell();
            records.Add(current);
        }

        return records;
    }
}
