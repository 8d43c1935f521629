namespace Disclosure.Generator.Records;

/// <summary>执法证件号码: an officer's public enforcement-certificate number (letters, digits, '-').</summary>
internal readonly record struct CertificateNumber
{
    private CertificateNumber(string value) => Value = value;

    /// <summary>The number as printed on the certificate.</summary>
    public string Value { get; }

    /// <summary>Parses 4–32 ASCII letters, digits or '-'; the number is also a URL segment.</summary>
    public static bool TryParse(string? text, out CertificateNumber number)
    {
        number = default;
        if (text is null || text.Length is < 4 or > 32)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        number = new CertificateNumber(text);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
