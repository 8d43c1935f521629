using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Decides what one compacted run of digits is, from its shape, its checksum and the words before it.
/// The order matters: public numbers first (officer certificates, credit codes, hotlines), then checksummed
/// IDs, then numbers read by context, then bare mobile and landline shapes, then Luhn-valid cards. When
/// several context words precede a number (账号：…，电话：82761234), the nearest one decides.
/// </summary>
internal static partial class DigitNumberClassifier
{
    private const int ShortestPersonalNumber = 7;

    /// <summary>The word nearest before a number that says what it is.</summary>
    private enum Cue
    {
        None,
        IdNumber,
        BankAccount,
        Passport,
        Phone,
    }

    /// <summary>
    /// Classifies <paramref name="value"/>, which starts at <paramref name="start"/> in the document and was
    /// written with a first group of <paramref name="firstPart"/> characters (its whole length when not split).
    /// </summary>
    public static DigitVerdict Classify(string value, int firstPart, ScanDocument doc, int start, AllowanceLookup allowances)
    {
        var length = value.Length;
        var endsInX = value[^1] is 'X' or 'x';

        // No personal number has fewer than 7 digits; the short ones are hotlines, counts and years.
        if (length < ShortestPersonalNumber)
        {
            return Hotline().IsMatch(value) ? DigitVerdict.Public : DigitVerdict.None;
        }

        if (IsPublic(value, doc, start, allowances))
        {
            return DigitVerdict.Public;
        }

        if (length == 18 && IdNumberCheck.IsValid18(value))
        {
            return DigitVerdict.Found(PersonalDataKind.IdNumber, "id_number.gb11643", PersonalDataMask.IdNumber(value));
        }

        // A checksum-failing or impossible ID after 身份证号 is still somebody's ID, mistyped.
        var cue = NearestCue(doc, start);
        if ((length == 15 || IdNumberCheck.HasShape18(value)) && cue == Cue.IdNumber)
        {
            return DigitVerdict.Found(PersonalDataKind.IdNumber, "id_number.context", PersonalDataMask.IdNumber(value));
        }

        if (endsInX)
        {
            return DigitVerdict.None;
        }

        return ClassifyDigits(value, firstPart, cue, doc, start, allowances);
    }

    private static DigitVerdict ClassifyDigits(string value, int firstPart, Cue cue, ScanDocument doc, int start, AllowanceLookup allowances)
    {
        var length = value.Length;
        if (length is >= 8 and <= 30 && cue == Cue.BankAccount)
        {
            return DigitVerdict.Found(PersonalDataKind.BankAccount, "bank_account.context", PersonalDataMask.BankAccount(value));
        }

        if (length == 15 && IdNumberCheck.IsValid15(value) && !doc.HasContextBefore(ContextPatterns.OrganisationNumber(), start, ContextPatterns.NearWindow))
        {
            return DigitVerdict.Found(PersonalDataKind.IdNumber, "id_number.legacy15", PersonalDataMask.IdNumber(value));
        }

        if (length is >= 8 and <= 10 && cue == Cue.Passport)
        {
            return DigitVerdict.Found(PersonalDataKind.Passport, "passport.context", PersonalDataMask.Digits(value, 1, 2));
        }

        var rule = Mobile().IsMatch(value) ? "phone.mobile"
            : IsLandline(value, firstPart) ? "phone.landline"
            : LocalNumber().IsMatch(value) && cue == Cue.Phone ? "phone.landline_context"
            : null;
        if (rule is not null)
        {
            return allowances.IsPublicPhone(value) ? DigitVerdict.Public : DigitVerdict.Found(PersonalDataKind.Phone, rule, PersonalDataMask.Phone(value));
        }

        if (length is >= 16 and <= 19 && value[0] is >= '3' and <= '6' && LuhnCheck.IsValid(value))
        {
            return DigitVerdict.Found(PersonalDataKind.BankAccount, "bank_account.luhn", PersonalDataMask.BankAccount(value));
        }

        return DigitVerdict.None;
    }

    private static Cue NearestCue(ScanDocument doc, int start)
    {
        var nearest = (Distance: int.MaxValue, Cue: Cue.None);
        Consider(ContextPatterns.IdNumber(), ContextPatterns.NearWindow, Cue.IdNumber);
        Consider(ContextPatterns.BankAccount(), ContextPatterns.NearWindow, Cue.BankAccount);
        Consider(ContextPatterns.Passport(), ContextPatterns.NearWindow, Cue.Passport);
        Consider(ContextPatterns.Phone(), ContextPatterns.PhoneWindow, Cue.Phone);
        return nearest.Cue;

        void Consider(Regex context, int window, Cue cue)
        {
            var distance = doc.ContextDistance(context, start, window);
            if (distance < nearest.Distance)
            {
                nearest = (distance, cue);
            }
        }
    }

    // The area code is the first group when the number is split (010-12345678 is 010 and a local number starting
    // with 1, so no phone); unsplit, 010 and 02x take three digits and every other area code four.
    private static bool IsLandline(string value, int firstPart)
    {
        var areaLength = firstPart < value.Length ? firstPart
            : value.StartsWith("010", StringComparison.Ordinal) || value.StartsWith("02", StringComparison.Ordinal) ? 3 : 4;
        return areaLength is 3 or 4 && value.Length > areaLength && value[0] == '0'
            && LocalNumber().IsMatch(value.AsSpan(areaLength));
    }

    private static bool IsPublic(string value, ScanDocument doc, int start, AllowanceLookup allowances)
    {
        if (allowances.IsCertificateNumber(value) && doc.HasContextBefore(ContextPatterns.OfficerCertificate(), start, ContextPatterns.OfficerWindow))
        {
            return true;
        }

        // An all-digit credit code after 统一社会信用代码, unless an ID word stands nearer (信用代码：…；身份证号：…).
        if (value.Length == 18 && doc.ContextDistance(ContextPatterns.CreditCode(), start, ContextPatterns.NearWindow) < doc.ContextDistance(ContextPatterns.IdNumber(), start, ContextPatterns.NearWindow))
        {
            return true;
        }

        return Hotline().IsMatch(value);
    }

    /// <summary>11 digits from 13–19, optionally after 86 or 0086.</summary>
    [GeneratedRegex(@"^(?:0086|86)?1[3-9][0-9]{9}$", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex Mobile();

    /// <summary>A local number of 7–8 digits that does not start with 0 or 1; alone, personal only after a phone word.</summary>
    [GeneratedRegex(@"^[2-9][0-9]{6,7}$", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex LocalNumber();

    /// <summary>Service numbers of organisations: 400/800 numbers, 95xxx(x), and 5-digit 12xxx hotlines (12345, 12315).</summary>
    [GeneratedRegex(@"^(?:[48]00[0-9]{7}|95[0-9]{3,4}|12[0-9]{3})$", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex Hotline();
}
