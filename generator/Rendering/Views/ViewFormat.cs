using System.Globalization;

namespace Disclosure.Generator.Rendering.Views;

/// <summary>Formats dates and amounts for display, in the site's language, with invariant digits.</summary>
internal static class ViewFormat
{
    /// <summary>2025年3月7日, or 7 Mar 2025 in English.</summary>
    public static string? Date(DateOnly? date, bool english) => date is not { } d
        ? null
        : english
            ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    /// <summary>2025-03-07, for datetime attributes.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>5,000.00 元, or CNY 5,000.00 in English.</summary>
    public static string? Money(decimal? yuan, bool english) => yuan is not { } v
        ? null
        : english
            ? "CNY " + v.ToString("N2", CultureInfo.InvariantCulture)
            : v.ToString("N2", CultureInfo.InvariantCulture) + " 元";

    /// <summary>A whole number with thousands separators.</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A ratio as a percentage with one decimal, or null when the denominator is zero.</summary>
    public static string? Percent(int part, int whole) =>
        whole == 0 ? null : (100m * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
