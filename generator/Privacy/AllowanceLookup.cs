using System.Collections.Frozen;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// <see cref="ScanAllowances"/> prepared for lookups: phones as digit strings, certificate numbers as upper-case
/// letters and digits. Immutable, so one scanner serves many threads.
/// </summary>
internal sealed class AllowanceLookup
{
    // A local number written without its area code is still the agency's number (7310001 of 0000-7310001).
    private const int ShortestLocalNumber = 7;

    private readonly FrozenSet<string> _phones;
    private readonly string[] _phoneList;
    private readonly FrozenSet<string> _certificates;
    private readonly FrozenSet<string> _officerNames;
    private readonly int _longestOfficerName;

    /// <summary>Prepares the allowances.</summary>
    public AllowanceLookup(ScanAllowances allowances)
    {
        _phones = allowances.PublicPhones.Select(DigitsOf).Where(d => d.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _phoneList = [.. _phones.Order(StringComparer.Ordinal)];
        _certificates = allowances.CertificateNumbers.Select(Alphanumerics).Where(d => d.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _officerNames = allowances.OfficerNames.Select(n => n.Trim()).Where(n => n.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _longestOfficerName = _officerNames.Count == 0 ? 0 : _officerNames.Max(n => n.Length);
    }

    /// <summary>True when the digits are a declared public phone, with or without area code or +86.</summary>
    public bool IsPublicPhone(string digits)
    {
        if (_phones.Contains(digits))
        {
            return true;
        }

        foreach (var phone in _phoneList)
        {
            var shorter = phone.Length < digits.Length ? phone : digits;
            var longer = phone.Length < digits.Length ? digits : phone;
            if (shorter.Length >= ShortestLocalNumber && longer.EndsWith(shorter, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the value is a listed officer certificate number.</summary>
    public bool IsCertificateNumber(string value) => _certificates.Contains(Alphanumerics(value));

    /// <summary>True when the text at <paramref name="index"/> starts with a listed officer's name.</summary>
    public bool StartsWithOfficerName(string text, int index)
    {
        var lookup = _officerNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var longest = Math.Min(_longestOfficerName, text.Length - index);
        for (var length = 1; length <= longest; length++)
        {
            if (lookup.Contains(text.AsSpan(index, length)))
            {
                return true;
            }
        }

        return false;
    }

    private static string DigitsOf(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    private static string Alphanumerics(string value) => new([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
}
