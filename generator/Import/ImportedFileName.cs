using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Generator.Import;

/// <summary>
/// The stable id and path of an imported decision, from its document number alone, so that importing the
/// same decision again always targets the same file: <c>&lt;year&gt;/&lt;agency&gt;-&lt;year&gt;-&lt;seq&gt;-&lt;hash&gt;.yml</c>, where year and
/// sequence come from 〔2026〕41号 and hash is the first 8 hex digits of the number's SHA-256. The hash keeps two
/// numbers of one year apart (青市监罚〔2026〕3号 and 青市监简罚〔2026〕3号). A number without 〔year〕…号 uses the
/// decision year and the hash alone.
/// </summary>
internal static partial class ImportedFileName
{
    /// <summary>The record id and the path under the output folder.</summary>
    public static (string Id, string Path) For(string agency, string documentNumber, DateOnly decisionDate)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentNumber)))[..8];
        var match = YearAndSequence().Match(documentNumber);
        var year = match.Success ? match.Groups[1].Value : decisionDate.Year.ToString("D4", CultureInfo.InvariantCulture);
        var tail = match.Success
            ? $"-{year}-{int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture):D3}-{hash}"
            : $"-{year}-{hash}";
        var head = agency.Length + tail.Length > 64 ? agency[..(64 - tail.Length)].TrimEnd('-') : agency;
        var id = head + tail;
        return (id, $"{year}/{id}.yml");
    }

    [GeneratedRegex(@"[〔\[(（【]\s*((?:19|20)\d\d)\s*[〕\])）】]\s*第?\s*0*(\d{1,6})\s*号")]
    private static partial Regex YearAndSequence();
}
