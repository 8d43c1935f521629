using System.Globalization;

namespace Disclosure.Generator.Records;

/// <summary>A month (2025-03) or a quarter (2025-Q1) for which inspection results are published.</summary>
internal readonly record struct ReportingPeriod(int Year, int? Month, int? Quarter)
{
    /// <summary>Parses <c>YYYY-MM</c> or <c>YYYY-Qn</c>.</summary>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null || text.Length < 7 || text[4] != '-' || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (text.Length == 7 && text[5] == 'Q' && text[6] is >= '1' and <= '4')
        {
            period = new ReportingPeriod(year, null, text[6] - '0');
            return true;
        }

        if (text.Length == 7 && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = new ReportingPeriod(year, month, null);
            return true;
        }

        return false;
    }

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Quarter is { } q
        ? new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(-1)
        : new DateOnly(Year, Month ?? 12, 1).AddMonths(1).AddDays(-1);

    /// <inheritdoc />
    public override string ToString() => Quarter is { } q
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{q}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
