using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// The text one scan reads. <see cref="Text"/> has the same length as the original, with full-width digits,
/// letters, hyphen, full stop and at sign (０-９, Ａ-Ｚ, ａ-ｚ, －, ．, ＠) replaced by their ASCII forms, so every offset
/// found in it is an offset in the caller's text. Built per call, never shared.
/// </summary>
internal sealed class ScanDocument
{
    // How far before a context window a lookbehind in a context pattern may look (执法 before 证件号码).
    private const int LookbehindReach = 4;

    private MarkdownTableCells? _tableCells;

    /// <summary>Prepares a text for scanning.</summary>
    public ScanDocument(string original)
    {
        Original = original;
        Text = Normalise(original);
    }

    /// <summary>The caller's text.</summary>
    public string Original { get; }

    /// <summary>The text with full-width alphanumerics folded to ASCII; same length as <see cref="Original"/>.</summary>
    public string Text { get; }

    /// <summary>Cells of Markdown tables with their column headers, parsed on first use.</summary>
    public MarkdownTableCells TableCells => _tableCells ??= MarkdownTableCells.Parse(Text);

    /// <summary>
    /// True when <paramref name="context"/> matches within <paramref name="window"/> characters before
    /// <paramref name="index"/> on the same line, or in the header of the table column holding it.
    /// </summary>
    public bool HasContextBefore(Regex context, int index, int window) => ContextDistance(context, index, window) != int.MaxValue;

    /// <summary>
    /// How many characters lie between the nearest match of <paramref name="context"/> before
    /// <paramref name="index"/> (within <paramref name="window"/> characters on the same line) and the index;
    /// <paramref name="window"/> when only the column header matches; <see cref="int.MaxValue"/> when nothing
    /// does. A negative lookbehind such as (?&lt;!执法) sees a few characters further back. The work is bounded
    /// by the window, so a text of one very long line costs no more than a text of short ones.
    /// </summary>
    public int ContextDistance(Regex context, int index, int window)
    {
        var reach = Math.Max(0, index - window - LookbehindReach);
        var lineBreak = Text.AsSpan(reach, index - reach).LastIndexOfAny('\n', '\r');
        var spanStart = lineBreak >= 0 ? reach + lineBreak + 1 : reach;
        var from = Math.Max(spanStart, index - window);
        var nearestEnd = -1;
        foreach (var m in context.EnumerateMatches(Text.AsSpan(spanStart, index - spanStart), from - spanStart))
        {
            nearestEnd = spanStart + m.Index + m.Length;
        }

        if (nearestEnd >= 0)
        {
            return index - nearestEnd;
        }

        var header = TableCells.HeaderAt(index);
        return header is not null && context.IsMatch(header) ? window : int.MaxValue;
    }

    private static string Normalise(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uFF0D', '\uFF5A');
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') or '－' or '．' or '＠'
                    ? (char)(c - 0xFEE0)
                    : c;
            }
        });
    }
}
