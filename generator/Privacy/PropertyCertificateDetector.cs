using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds property certificate numbers (动产或不动产权属证书编号, 法释〔2016〕19号 第十条): the unified
/// 辽（2020）盘山县不动产权第0001234号 and 不动产证明 numbers, legacy 房权证 and 国用/集用 land certificates,
/// any value after 不动产权证号/房产证号/土地证号, and 28-character 不动产单元号.
/// </summary>
internal static partial class PropertyCertificateDetector
{
    /// <summary>Finds certificates and adds them to <paramref name="matches"/>.</summary>
    public static void Find(ScanDocument doc, ScanMatchSet matches)
    {
        var text = doc.Text;

        // Each pattern needs a word that most texts lack; looking for the word first skips the pattern cheaply.
        if (text.Contains("不动产", StringComparison.Ordinal))
        {
            Add(text, RealEstate(), "property_certificate.real_estate", matches);
        }

        if (text.Contains("权证", StringComparison.Ordinal))
        {
            Add(text, House(), "property_certificate.house", matches);
        }

        if (text.Contains("用（", StringComparison.Ordinal) || text.Contains("用(", StringComparison.Ordinal) || text.Contains("用 ", StringComparison.Ordinal))
        {
            Add(text, Land(), "property_certificate.land", matches);
        }

        Add(text, UnitNumber(), "property_certificate.unit", matches);
        if (!text.Contains("产权证", StringComparison.Ordinal) && !text.Contains("房产证", StringComparison.Ordinal) && !text.Contains("所有权证", StringComparison.Ordinal)
            && !text.Contains("单元号", StringComparison.Ordinal) && !text.Contains("土地", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in AfterLabel().Matches(text))
        {
            var value = m.Groups["value"];
            if (!value.ValueSpan.ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            matches.TryAdd(new ScanMatch(value.Index, value.Length, PersonalDataKind.PropertyCertificate, "property_certificate.context", PersonalDataMask.Prefix(value.Value, 2)));
        }
    }

    private static void Add(string text, Regex pattern, string rule, ScanMatchSet matches)
    {
        foreach (var m in pattern.EnumerateMatches(text))
        {
            matches.TryAdd(new ScanMatch(m.Index, m.Length, PersonalDataKind.PropertyCertificate, rule, PersonalDataMask.Prefix(text.Substring(m.Index, m.Length), 2)));
        }

        matches.Commit();
    }

    [GeneratedRegex(@"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][ ]?[（(][ ]?[0-9]{4}[ ]?[）)][^\s，。；、|]{0,20}?不动产(?:权|证明)第[ ]?[0-9]{5,10}[ ]?号", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex RealEstate();

    [GeneratedRegex(@"房(?:屋所有)?权证[^\s，。；、|]{0,12}?第?[ ]?[0-9]{3,12}[ ]?号?", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex House();

    [GeneratedRegex(@"[国集]用[ ]?[（(][ ]?[0-9]{4}[ ]?[）)][^\s，。；、|]{0,8}?第?[ ]?[0-9]{2,10}[ ]?号?", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex Land();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{12}[A-Z]{2}[0-9]{5}[A-Z][0-9]{8}(?![0-9A-Za-z])", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex UnitNumber();

    [GeneratedRegex(@"(?:不动产权证书?(?:号码?|编号)|不动产单元号|产权证(?:书)?号|房产证号|房屋所有权证号|土地(?:使用权)?证号)[ \t*_|：:]*(?<value>[0-9A-Za-z][0-9A-Za-z（）()\-]{5,39})", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex AfterLabel();
}
