namespace Disclosure.Generator.Records;

/// <summary>
/// A value that may identify a natural person (a name). Its <see cref="ToString"/> is always the masked
/// form (张三丰 → 张某; 欧阳娜娜 → 欧阳某), so it cannot leak into a page, log or diagnostic by accident.
/// </summary>
internal sealed class PersonalText
{
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
        "轩辕", "令狐", "钟离", "闾丘", "端木", "西门", "南宫", "独孤", "万俟", "澹台", "申屠", "太史",
    ];

    private readonly string _raw;

    /// <summary>Wraps a raw value.</summary>
    public PersonalText(string raw) => _raw = raw.Trim();

    /// <summary>The masked form, safe to publish: surname (or first character) followed by 某.</summary>
    public string Masked => Mask(_raw);

    /// <summary>True when the raw text is already in masked form.</summary>
    public bool IsMasked => string.Equals(_raw, Masked, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Masked;

    /// <summary>Masks a name following the SPC pseudonymisation rule (法释〔2016〕19号 第九条).</summary>
    public static string Mask(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        if (char.IsAsciiLetter(trimmed[0]))
        {
            return trimmed[..1].ToUpperInvariant() + "某";
        }

        var keep = CompoundSurnames.Any(s => trimmed.StartsWith(s, StringComparison.Ordinal)) ? 2 : 1;
        keep = Math.Min(keep, trimmed.Length);
        if (char.IsHighSurrogate(trimmed[keep - 1]) && keep < trimmed.Length)
        {
            keep++;
        }

        var head = trimmed[..keep];
        var rest = trimmed[keep..];
        // Already masked (张某, 张某某, 张某1): keep the editor's disambiguation.
        if (rest.Length > 0 && rest.All(c => c == '某' || char.IsAsciiDigit(c)))
        {
            return trimmed;
        }

        return head + "某";
    }
}
