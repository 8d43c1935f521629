namespace Disclosure.Generator.Records;

/// <summary>决定书文号: a decision document number such as 青市监罚〔2025〕12号.</summary>
internal readonly record struct DocumentNumber
{
    private DocumentNumber(string value) => Value = value;

    /// <summary>The number, trimmed.</summary>
    public string Value { get; }

    /// <summary>Accepts 2–64 characters with no line break.</summary>
    public static bool TryParse(string? text, out DocumentNumber number)
    {
        number = default;
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length is < 2 or > 64 || trimmed.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        number = new DocumentNumber(trimmed);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
