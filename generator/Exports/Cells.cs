using System.Globalization;

namespace Disclosure.Generator.Exports;

/// <summary>Formats values as open-data cells (invariant culture, ISO dates) and builds typed columns.</summary>
internal static class Cells
{
    /// <summary>The pattern of an ISO date cell.</summary>
    public const string IsoDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>A text column.</summary>
    public static DataColumn Text(string name, string description) => new(name, DataType.Text, description);

    /// <summary>An ISO date column.</summary>
    public static DataColumn Date(string name, string description) => new(name, DataType.Date, description, IsoDatePattern);

    /// <summary>A whole-number column.</summary>
    public static DataColumn Integer(string name, string description) => new(name, DataType.Integer, description);

    /// <summary>A true/false column.</summary>
    public static DataColumn Boolean(string name, string description) => new(name, DataType.Boolean, description);

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    public static string? Of(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string? Of(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal in plain notation.</summary>
    public static string? Of(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A flag.</summary>
    public static string Of(bool flag) => flag ? "true" : "false";

    /// <summary>A list of texts, joined by the Chinese semicolon.</summary>
    public static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join("；", values);
        return joined.Length == 0 ? null : joined;
    }
}
