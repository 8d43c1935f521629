namespace Disclosure.Generator.Records;

/// <summary>统一社会信用代码: an 18-character unified social credit code (GB 32100-2015).</summary>
internal readonly record struct CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value, bool checksumValid)
    {
        Value = value;
        ChecksumValid = checksumValid;
    }

    /// <summary>The code, upper-case.</summary>
    public string Value { get; }

    /// <summary>
    /// False when the 18th character does not match; such codes exist in the registry, so this is a
    /// warning for the reviewer, not a rejection.
    /// </summary>
    public bool ChecksumValid { get; }

    /// <summary>Parses 18 characters of the GB 32100 alphabet; the checksum is reported, not required.</summary>
    public static bool TryParse(string? text, out CreditCode code)
    {
        code = default;
        if (text is null || text.Length != 18)
        {
            return false;
        }

        var upper = text.ToUpperInvariant();
        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var value = Alphabet.IndexOf(upper[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            if (i < 17)
            {
                sum += value * Weights[i];
            }
        }

        var expected = (31 - (sum % 31)) % 31;
        code = new CreditCode(upper, Alphabet[expected] == upper[17]);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
