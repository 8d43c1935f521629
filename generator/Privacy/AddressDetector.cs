using System.Buffers;
using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds individuals' home addresses (家庭住址, 法释〔2016〕19号 第十条). The value after 家庭住址, 住址, 家住,
/// 户籍地, 户籍所在地, 现住, 居住地 is always an individual's. The value after 住所 or 住所地 is an individual's only
/// when the nearest labelled party before it (当事人：…, or 申请人, 请求人, 第三人 … see <see cref="PartyMention"/>)
/// is a person (masked or not); after a company it is the company's
/// registered address and public. Only the part below county level is personal (the county may be published,
/// 第十一条), so a value is reported only when it names a town, village, road, number or room, and is not
/// already masked with × or *. 地址 alone is never read as a home address.
/// </summary>
internal static partial class AddressDetector
{
    private static readonly SearchValues<char> CountyEndings = SearchValues.Create("省市县区旗州盟");

    /// <summary>Finds addresses and adds them to <paramref name="matches"/>.</summary>
    public static void Find(ScanDocument doc, IReadOnlyList<PartyMention> parties, ScanMatchSet matches)
    {
        var text = doc.Text;
        foreach (Match m in Labelled().Matches(text))
        {
            var label = m.Groups["label"].Value;
            if (label.StartsWith("住所", StringComparison.Ordinal) && !NearestPartyIsPerson(parties, m.Index))
            {
                continue;
            }

            var value = m.Groups["value"];
            var trimmed = value.ValueSpan.TrimEnd(" \t*_");
            if (!StartsWithHan(trimmed) || trimmed.IndexOfAny("×*＊") >= 0 || !BelowCounty().IsMatch(trimmed))
            {
                continue;
            }

            var address = trimmed.ToString();
            matches.TryAdd(new ScanMatch(value.Index, address.Length, PersonalDataKind.Address, "address.home", MaskAddress(address)));
        }
    }

    private static bool StartsWithHan(ReadOnlySpan<char> value) => value.Length > 0 && value[0] is >= '\u4E00' and <= '\u9FFF';

    private static bool NearestPartyIsPerson(IReadOnlyList<PartyMention> parties, int index)
    {
        int low = 0, high = parties.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (parties[mid].Index < index)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low > 0 && parties[low - 1].IsPerson;
    }

    // Keeps the part down to the county (江岭市青禾县***), which may be published.
    private static string MaskAddress(string address)
    {
        var below = BelowCounty().Match(address).Index;
        var county = address.AsSpan(0, below).LastIndexOfAny(CountyEndings);
        return county < 0 ? "***" : address[..(county + 1)] + "***";
    }

    [GeneratedRegex(@"(?<label>家庭住址|家庭地址|户籍所在地|经常居住地|现居住地|现住址|户籍地|居住地|住址|家住|现住|住所地|住所)[ \t*_|：:]*(?:为|在|于)?[ \t]*(?<value>[^，,。；;、\r\n|（()）]{4,60})", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"[镇乡村路街巷弄号组室栋幢楼屯]|单元|小区|社区|大道|[0-9]", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex BelowCounty();
}
