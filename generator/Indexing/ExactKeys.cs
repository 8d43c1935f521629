using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The normalised forms that exact look-ups compare, so a document number typed with other brackets,
/// full-width digits or spaces, a credit code in lower case, or a certificate number with spaces or dashes
/// still finds its record. A key is stored as a one-letter kind prefix, a colon and the normalised value
/// (<c>d:</c> document number, <c>c:</c> credit code, <c>n:</c> certificate number, <c>o:</c> organisation).
/// Every form starts with <see cref="CompatibilityFold"/>, which turns full-width letters, digits and brackets
/// into ASCII.
/// </summary>
internal static class ExactKeys
{
    private const string Openers = "[(【〖{〘﹙﹛﹝";
    private const string Closers = "])】〗}〙﹚﹜﹞";

    /// <summary>The stored key for a value, or null when the value cannot be such a key.</summary>
    public static string? Key(ExactKeyKind kind, string value) => kind switch
    {
        ExactKeyKind.DocumentNumber => Prefixed("d:", DocumentNumber(value)),
        ExactKeyKind.CreditCode => Prefixed("c:", CreditCode(value)),
        ExactKeyKind.CertificateNumber => Prefixed("n:", CertificateNumber(value)),
        ExactKeyKind.OrganisationName => Prefixed("o:", OrganisationName(value)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Shortest query, in UTF-16 code units, that is also looked up as an organisation name.</summary>
    public const int MinOrganisationQuery = 4;

    /// <summary>
    /// Every key a query could mean, in a fixed order (document number, credit code, certificate, organisation).
    /// The organisation name only for a query of at least <see cref="MinOrganisationQuery"/> UTF-16 code units
    /// with no whitespace (<see cref="char.IsWhiteSpace(char)"/>) anywhere, so that a short word or several words
    /// are not taken for a name.
    /// </summary>
    public static IReadOnlyList<string> QueryKeys(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = new List<string>();
        var nameLike = query.Length >= MinOrganisationQuery && !query.Any(char.IsWhiteSpace);
        foreach (var kind in Enum.GetValues<ExactKeyKind>())
        {
            if (kind == ExactKeyKind.OrganisationName && !nameLike)
            {
                continue;
            }

            if (Key(kind, query) is { } key && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>
    /// 文号: folded, whitespace removed, every opening bracket variant ([ ( 【 〖 { 〘 ﹙ ﹛ ﹝, and the full-width
    /// ones, which the fold makes ASCII) becomes 〔 and every closing one becomes 〕, Latin letters upper-case. Null unless at least two characters and a digit remain
    /// (every document number carries a year).
    /// </summary>
    public static string? DocumentNumber(string value)
    {
        var number = Unified(value);
        return number.Length >= 2 && number.Any(char.IsAsciiDigit) ? number : null;
    }

    /// <summary>Organisation name: normalised as a document number, without the digit; null when shorter than two characters.</summary>
    public static string? OrganisationName(string value)
    {
        var name = Unified(value);
        return name.Length >= 2 ? name : null;
    }

    private static string Unified(string value)
    {
        var text = new StringBuilder();
        foreach (var c in Fold(value))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            text.Append(Openers.Contains(c, StringComparison.Ordinal) ? '〔'
                : Closers.Contains(c, StringComparison.Ordinal) ? '〕'
                : char.ToUpperInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>
    /// 统一社会信用代码: folded, whitespace and dashes removed, upper-case; null unless 18 ASCII letters or digits remain.
    /// The checksum is not required: codes with a wrong check character exist in the registry.
    /// </summary>
    public static string? CreditCode(string value)
    {
        var code = Compact(value);
        return code.Length == 18 && code.All(char.IsAsciiLetterOrDigit) ? code : null;
    }

    /// <summary>执法证号: folded, whitespace and dashes removed, upper-case; null unless 4–32 ASCII letters or digits remain.</summary>
    public static string? CertificateNumber(string value)
    {
        var number = Compact(value);
        return number.Length is >= 4 and <= 32 && number.All(char.IsAsciiLetterOrDigit) ? number : null;
    }

    private static string? Prefixed(string prefix, string? value) => value is null ? null : prefix + value;

    private static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return CompatibilityFold.Apply(value);
    }

    private static string Compact(string value)
    {
        var text = new StringBuilder();
        foreach (var c in Fold(value))
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DashPunctuation)
            {
                text.Append(char.ToUpperInvariant(c));
            }
        }

        return text.ToString();
    }
}
