namespace Disclosure.Generator.Exports;

/// <summary>How a column's text cell is written to JSON and described in its schema.</summary>
internal enum DataType
{
    /// <summary>A string (or null when empty).</summary>
    Text,

    /// <summary>A date as <c>YYYY-MM-DD</c> (or null).</summary>
    Date,

    /// <summary>A whole number (or null).</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A string that is always present, possibly empty (the 双公示 columns, written as the CSV shows them).</summary>
    Cell,
}
