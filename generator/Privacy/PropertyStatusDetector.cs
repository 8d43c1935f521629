using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds phrases about a person's property (财产状况, 武汉 seed): a description after 财产状况/家庭财产/个人财产,
/// or an amount or count after 月收入, 工资收入, 名下房产/车辆/存款, or after 存款, 房产, 车辆, 收入 preceded by 其,
/// 本人, 个人 or 家庭. It is deliberately conservative and a reviewer's warning
/// (<see cref="PersonalDataKindLabels.IsReviewOnly"/>): a company's 营业收入, 银行存款, 违法所得 and fines are never
/// matched, and a bare keyword without a figure or description is not reported.
/// </summary>
internal static partial class PropertyStatusDetector
{
    /// <summary>Finds phrases and adds them to <paramref name="matches"/>.</summary>
    public static void Find(ScanDocument doc, ScanMatchSet matches)
    {
        var text = doc.Text;

        // A described 财产状况 line may hold figures; it is reported once, as a whole.
        foreach (Match m in Described().Matches(text))
        {
            var value = m.Groups["value"].ValueSpan.TrimEnd(" \t*_");
            if (value.Length >= 2 && !IsEmptyValue(value))
            {
                Add(text, m.Index, m.Groups["value"].Index + value.Length - m.Index, "property_status.description", matches);
            }
        }

        matches.Commit();
        foreach (var m in WithFigure().EnumerateMatches(text))
        {
            Add(text, m.Index, m.Length, "property_status.figure", matches);
        }
    }

    private static void Add(string text, int start, int length, string rule, ScanMatchSet matches)
    {
        var keyword = KeywordLength(text, start);
        matches.TryAdd(new ScanMatch(start, length, PersonalDataKind.PropertyStatus, rule, string.Concat(text.AsSpan(start, keyword), "***")));
    }

    private static int KeywordLength(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] >= '\u4E00' && text[i] <= '\u9FFF')
        {
            i++;
        }

        return i - start;
    }

    private static bool IsEmptyValue(ReadOnlySpan<char> value) =>
        value.StartsWith("已") || value.StartsWith("无") || value.StartsWith("不详") || value.StartsWith("略") || value.StartsWith("（") || value.StartsWith("(");

    [GeneratedRegex(@"(?:(?:其|本人|个人|家庭)(?:名下)?(?:存款|房产|住房|车辆|年收入|收入)|名下(?:有)?(?:房产|房屋|住房|车辆|存款)|月收入|工资收入)[ \t*_|：:]*(?:为|有|约|共|计|共计|达|合计)?[ \t]*(?:人民币)?[ \t]*[0-9一二三四五六七八九十两百千万.,]+[ \t]*(?:万元|元|万|套|辆|处|间|平方米)", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex WithFigure();

    [GeneratedRegex(@"(?:财产状况|家庭财产|个人财产)[ \t*_|]*[：:][ \t*_]*(?<value>[^\r\n|。；;，,]{1,60})", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex Described();
}
