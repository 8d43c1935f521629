using System.Text;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Masked renderings of found values, safe for consoles, logs and diagnostics: enough to find the spot,
/// never the value (110***********123X, 138****5678, 6228********5671, 张*, a***@example.com).
/// </summary>
internal static class PersonalDataMask
{
    /// <summary>Keeps <paramref name="head"/> leading and <paramref name="tail"/> trailing characters and stars the rest.</summary>
    public static string Digits(string value, int head, int tail)
    {
        if (value.Length <= head + tail)
        {
            head = Math.Min(1, value.Length);
            tail = 0;
        }

        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }

    /// <summary>An ID number: first 3 and last 4 characters (110***********123X).</summary>
    public static string IdNumber(string value) => Digits(value, 3, 4);

    /// <summary>A phone number: a mobile keeps 3 and 4 digits of its 11 (138****5678); shorter numbers keep 2 and 2.</summary>
    public static string Phone(string digits)
    {
        // +86 / 0086 before a mobile number is dropped from the rendering.
        if (digits.Length is 13 or 15 && digits[^11] == '1')
        {
            digits = digits[^11..];
        }

        return digits.Length >= 11 ? Digits(digits, 3, 4) : Digits(digits, 2, 2);
    }

    /// <summary>A bank card or account: first 4 and last 4 digits when long enough.</summary>
    public static string BankAccount(string digits) => digits.Length >= 12 ? Digits(digits, 4, 4) : Digits(digits, 2, 2);

    /// <summary>A name: the surname (one or two characters) and one star per remaining character (张*, 欧阳**).</summary>
    public static string Name(string name, int surnameLength)
    {
        var builder = new StringBuilder(name[..surnameLength]);
        var rest = name[surnameLength..];
        for (var i = 0; i < rest.Length; i++)
        {
            if (!char.IsLowSurrogate(rest[i]))
            {
                builder.Append('*');
            }
        }

        return builder.ToString();
    }

    /// <summary>An e-mail address: the first character of the mailbox, then *** and the domain (a***@example.com).</summary>
    public static string Email(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at));
    }

    /// <summary>
    /// Free text (an address, a certificate, a phrase): the first <paramref name="keep"/> code points, then ***.
    /// </summary>
    public static string Prefix(string text, int keep)
    {
        var end = 0;
        for (var kept = 0; kept < keep && end < text.Length; kept++)
        {
            end += char.IsSurrogatePair(text, end) ? 2 : 1;
        }

        return end >= text.Length && text.Length > 0 ? Prefix(text, Math.Max(0, keep - 1)) : text[..end] + "***";
    }
}
