namespace Disclosure.Generator.Privacy;

/// <summary>
/// The Luhn (mod 10) check of bank card numbers: double every second digit from the right, subtract 9 from
/// results over 9, and require the total to be a multiple of 10.
/// </summary>
internal static class LuhnCheck
{
    /// <summary>True when every character is a digit and the Luhn total is a multiple of 10.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }
}
