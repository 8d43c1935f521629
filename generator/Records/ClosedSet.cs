namespace Disclosure.Generator.Records;

/// <summary>
/// One closed set: each enum value with the Chinese value editors write in YAML, a URL slug and an
/// English label. The only place Chinese values are mapped to enums.
/// </summary>
internal sealed class ClosedSet<TEnum>
    where TEnum : struct, Enum
{
    private readonly (TEnum Value, string Chinese, string Slug, string English)[] _entries;

    /// <summary>Creates the set from its entries, in display order.</summary>
    public ClosedSet(params (TEnum Value, string Chinese, string Slug, string English)[] entries) => _entries = entries;

    /// <summary>Every value in display order.</summary>
    public IEnumerable<TEnum> Values => _entries.Select(e => e.Value);

    /// <summary>The Chinese values joined for a diagnostic.</summary>
    public string Allowed => string.Join("、", _entries.Select(e => e.Chinese));

    /// <summary>Maps the Chinese value (or the slug) without throwing.</summary>
    public bool TryParse(string? text, out TEnum value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Chinese, text, StringComparison.Ordinal) || string.Equals(entry.Slug, text, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The Chinese label.</summary>
    public string Chinese(TEnum value) => Find(value).Chinese;

    /// <summary>The English label.</summary>
    public string English(TEnum value) => Find(value).English;

    /// <summary>The ASCII slug used in URLs.</summary>
    public string Slug(TEnum value) => Find(value).Slug;

    private (TEnum Value, string Chinese, string Slug, string English) Find(TEnum value) =>
        Array.Find(_entries, e => EqualityComparer<TEnum>.Default.Equals(e.Value, value));
}
