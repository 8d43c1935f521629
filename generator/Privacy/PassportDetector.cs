using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds passport and travel-permit numbers that start with letters. PRC e-passports (E and 8 digits, or E,
/// a letter and 7 digits) are distinctive and found anywhere. Other series (G, D, S, P passports; H/M
/// 回乡证; C 往来港澳通行证) look like many other codes and are found only after 护照/通行证/回乡证/台胞证. The
/// digit-only 台胞证 number is read by <see cref="DigitNumberClassifier"/>.
/// </summary>
internal static partial class PassportDetector
{
    /// <summary>Finds numbers and adds them to <paramref name="matches"/>.</summary>
    public static void Find(ScanDocument doc, ScanMatchSet matches)
    {
        var text = doc.Text;
        foreach (var m in LetterNumber().EnumerateMatches(text))
        {
            var value = text.Substring(m.Index, m.Length);
            var rule = EPassport().IsMatch(value) ? "passport.e_passport"
                : doc.HasContextBefore(ContextPatterns.Passport(), m.Index, ContextPatterns.NearWindow) ? "passport.context"
                : null;
            if (rule is not null)
            {
                matches.TryAdd(new ScanMatch(m.Index, m.Length, PersonalDataKind.Passport, rule, PersonalDataMask.Digits(value, 1, 2)));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9]{7,10}(?![A-Za-z0-9])", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex LetterNumber();

    [GeneratedRegex(@"^E(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})$", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex EPassport();
}
