namespace Disclosure.Generator.Privacy;

/// <summary>
/// The body cells of the Markdown tables in a text, each with the text of its column header, so a value in
/// a 身份证号 or 姓名 column is read in that context although the header sits lines above it.
/// </summary>
internal sealed class MarkdownTableCells
{
    private readonly List<(int Start, int End, string Header)> _cells;

    private MarkdownTableCells(List<(int Start, int End, string Header)> cells) => _cells = cells;

    /// <summary>Every body cell, in text order, with its column header.</summary>
    public IReadOnlyList<(int Start, int End, string Header)> Cells => _cells;

    /// <summary>Finds the tables of a text: a header row, a delimiter row (|---|), then rows with pipes.</summary>
    public static MarkdownTableCells Parse(string text)
    {
        var cells = new List<(int Start, int End, string Header)>();
        if (!text.Contains('|', StringComparison.Ordinal))
        {
            return new MarkdownTableCells(cells);
        }

        var lines = SplitLines(text);
        for (var i = 1; i < lines.Count; i++)
        {
            if (!IsDelimiterRow(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start)))
            {
                continue;
            }

            var headers = SplitCells(text, lines[i - 1].Start, lines[i - 1].End)
                .Select(c => text[c.Start..c.End].Trim().Trim('*').Trim())
                .ToList();
            var row = i + 1;
            for (; row < lines.Count && text.AsSpan(lines[row].Start, lines[row].End - lines[row].Start).Contains('|'); row++)
            {
                var rowCells = SplitCells(text, lines[row].Start, lines[row].End);
                for (var c = 0; c < rowCells.Count && c < headers.Count; c++)
                {
                    cells.Add((rowCells[c].Start, rowCells[c].End, headers[c]));
                }
            }

            i = row - 1;
        }

        return new MarkdownTableCells(cells);
    }

    /// <summary>The header of the column whose cell holds <paramref name="index"/>, or null outside tables.</summary>
    public string? HeaderAt(int index)
    {
        int low = 0, high = _cells.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_cells[mid].End <= index)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < _cells.Count && _cells[low].Start <= index ? _cells[low].Header : null;
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add((start, i));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, text.Length));
        return lines;
    }

    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IndexOf('-') < 0 || trimmed.IndexOf('|') < 0)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c is not ('|' or '-' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    // Cells between pipes; a leading or trailing pipe does not open an empty cell; \| is not a separator.
    private static List<(int Start, int End)> SplitCells(string text, int start, int end)
    {
        var cells = new List<(int Start, int End)>();
        var cellStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '|' && (i == start || text[i - 1] != '\\'))
            {
                cells.Add((cellStart, i));
                cellStart = i + 1;
            }
        }

        cells.Add((cellStart, end));
        var line = text.AsSpan(start, end - start).Trim();
        if (cells.Count > 1 && line.StartsWith("|", StringComparison.Ordinal))
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 1 && line.EndsWith("|", StringComparison.Ordinal) && !line.EndsWith("\\|", StringComparison.Ordinal))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }
}
