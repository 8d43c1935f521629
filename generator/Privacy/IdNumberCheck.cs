namespace Disclosure.Generator.Privacy;

/// <summary>
/// 公民身份号码 checks. GB 11643-1999: 18 characters, a county code whose first digit is 1–9 (9 for the
/// 2023 foreigners' permanent residence card), a real birth date YYYYMMDD, a 3-digit sequence, and an
/// ISO 7064 MOD 11-2 check character (X for 10). GB 11643-1989: 15 digits with a YYMMDD birth date (19YY)
/// and no check character.
/// </summary>
internal static class IdNumberCheck
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>True for 17 digits and a check character in the shape of an 18-character ID (any date, any check).</summary>
    public static bool HasShape18(ReadOnlySpan<char> value) =>
        value.Length == 18 && value[..17].IndexOfAnyExceptInRange('0', '9') < 0 && (char.IsAsciiDigit(value[17]) || value[17] is 'X' or 'x');

    /// <summary>True when the 18 characters have a real birth date and a matching check character.</summary>
    public static bool IsValid18(ReadOnlySpan<char> value)
    {
        if (!HasShape18(value) || value[0] == '0' || !IsDate(value.Slice(6, 4), value.Slice(10, 2), value.Slice(12, 2), 1800))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11] == char.ToUpperInvariant(value[17]);
    }

    /// <summary>True for 15 digits whose county code starts 1–8 and whose positions 7–12 are a real 19YY date.</summary>
    public static bool IsValid15(ReadOnlySpan<char> value)
    {
        if (value.Length != 15 || value.IndexOfAnyExceptInRange('0', '9') >= 0 || value[0] is '0' or '9')
        {
            return false;
        }

        Span<char> year = ['1', '9', value[6], value[7]];
        return IsDate(year, value.Slice(8, 2), value.Slice(10, 2), 1900);
    }

    private static bool IsDate(ReadOnlySpan<char> year, ReadOnlySpan<char> month, ReadOnlySpan<char> day, int minYear)
    {
        var y = Number(year);
        var m = Number(month);
        var d = Number(day);
        return y >= minYear && y <= 2099 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
