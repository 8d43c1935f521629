using System.Buffers;
using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds natural persons' unmasked names after a context word (当事人, 法定代表人, 负责人, 联系人, 委托代理人,
/// 证人, 投诉人, 举报人, 车主, 户主, 经营者, 申请人, 受害人, 监护人, 姓名 …), optionally followed by ：, :, spaces,
/// Markdown emphasis, a table pipe and one bracketed remark (法定代表人（负责人）：). Third parties count as much
/// as the party (浙江 第七条). Masked names (张某, 张某某, 欧阳某, 张某1) and officers' names are not reported;
/// lists with 、 are read name by name. In Markdown tables, a column whose header holds a context word is
/// read cell by cell.
/// </summary>
internal static partial class PersonNameDetector
{
    private const int MaxListed = 20;
    private const int MaxRemark = 20;
    private static readonly SearchValues<char> RemarkEnds = SearchValues.Create("（()）\r\n");

    /// <summary>Finds names, adds them to <paramref name="matches"/>, and returns the labelled party lines (当事人：…).</summary>
    public static IReadOnlyList<PartyMention> Find(ScanDocument doc, AllowanceLookup allowances, ScanMatchSet matches)
    {
        var text = doc.Text;
        var parties = new List<PartyMention>();
        foreach (var m in ContextWord().EnumerateMatches(text))
        {
            var wordEnd = m.Index + m.Length;
            var valueStart = SkipSeparator(text, wordEnd, out var labelled);
            var reading = ReadList(text, valueStart, valueStart == wordEnd, allowances, "person_name.context", matches);
            if (labelled && IsParty(text.AsSpan(m.Index, m.Length)))
            {
                parties.Add(new PartyMention(m.Index, reading.IsPerson));
            }
        }

        matches.Commit();
        foreach (var (start, end, header) in doc.TableCells.Cells)
        {
            if (!ContextWord().IsMatch(header))
            {
                continue;
            }

            var valueStart = start;
            while (valueStart < end && text[valueStart] is ' ' or '\t' or '*' or '_')
            {
                valueStart++;
            }

            var reading = ReadList(text, valueStart, glued: false, allowances, "person_name.table_column", matches);
            if (IsParty(header))
            {
                parties.Add(new PartyMention(start, reading.IsPerson));
            }
        }

        parties.Sort((a, b) => a.Index.CompareTo(b.Index));
        return parties;
    }

    // Skips ：, :, spaces, Markdown emphasis, a table pipe and one bracketed remark: 法定代表人（负责人）：.
    // Labelled means a colon or a pipe was among them, as on a 当事人：… line.
    private static int SkipSeparator(string text, int start, out bool labelled)
    {
        labelled = false;
        var i = SkipMarks(text, start, ref labelled);
        if (i < text.Length && text[i] is '（' or '(')
        {
            var close = text.AsSpan(i + 1, Math.Min(MaxRemark + 1, text.Length - i - 1)).IndexOfAny(RemarkEnds);
            if (close >= 0 && text[i + 1 + close] is '）' or ')')
            {
                i = SkipMarks(text, i + close + 2, ref labelled);
            }
        }

        return i;
    }

    private static int SkipMarks(string text, int i, ref bool labelled)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '*' or '_' or '|' or '：' or ':')
        {
            labelled |= text[i] is '|' or '：' or ':';
            i++;
        }

        return i;
    }

    // The party a decision is about (当事人, 申请人, 被请求人 …); a later 住所 is that party's.
    private static bool IsParty(ReadOnlySpan<char> word) =>
        word.EndsWith("当事人") || word.EndsWith("申请人") || word.EndsWith("请求人") || word.EndsWith("第三人") || word.EndsWith("被处罚人") || word.EndsWith("相对人");

    // Reads 张三、李四 name by name; returns the first reading, which says whether a person follows the word.
    private static NameReading ReadList(string text, int start, bool glued, AllowanceLookup allowances, string rule, ScanMatchSet matches)
    {
        var first = NameReader.Read(text, start, glued);
        var reading = first;
        for (var listed = 0; reading.IsPerson && listed < MaxListed; listed++)
        {
            if (reading.IsUnmaskedName && !allowances.StartsWithOfficerName(text, reading.Start))
            {
                var name = text.Substring(reading.Start, reading.Length);
                matches.TryAdd(new ScanMatch(reading.Start, reading.Length, PersonalDataKind.PersonName, rule, PersonalDataMask.Name(name, reading.SurnameLength)));
            }

            var next = reading.End;
            while (next < text.Length && (char.IsAsciiDigit(text[next]) || text[next] is '甲' or '乙'))
            {
                next++;
            }

            if (next >= text.Length || text[next] != '、')
            {
                break;
            }

            reading = NameReader.Read(text, next + 1, glued: false);
        }

        return first;
    }

    [GeneratedRegex(@"委托代理人|法定代理人|法定代表人|被申请人|被请求人|被处罚人|实际控制人|当事人|请求人|相对人|负责人|联系人|代理人|见证人|投诉人|举报人|申请人|第三人|受害人|被害人|监护人|驾驶人|驾驶员|责任人|经营者|承租人|出租人|证人|车主|户主|业主|股东|姓名", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex ContextWord();
}
