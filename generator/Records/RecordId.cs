namespace Disclosure.Generator.Records;

/// <summary>A record's stable id: lower-case ASCII letters, digits and '-', 1–64 characters. Part of URLs.</summary>
internal readonly record struct RecordId
{
    private RecordId(string value) => Value = value;

    /// <summary>The id text.</summary>
    public string Value { get; }

    /// <summary>Parses an id without throwing.</summary>
    public static bool TryParse(string? text, out RecordId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64 || text[0] == '-')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        id = new RecordId(text);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
