namespace Disclosure.Generator.Import;

/// <summary>How a record field's source value is converted.</summary>
internal enum ImportFieldKind
{
    /// <summary>One line or paragraph of text.</summary>
    Text,

    /// <summary>A date, read with the mapping's date formats.</summary>
    Date,

    /// <summary>An amount of money, converted to yuan with decimal arithmetic.</summary>
    Amount,

    /// <summary>A list of values split on separator characters.</summary>
    List,

    /// <summary>A value of one of the content model's closed sets.</summary>
    Choice,
}
