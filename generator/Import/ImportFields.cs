namespace Disclosure.Generator.Import;

/// <summary>
/// The decision fields an import can fill, in the order they are written, with their kind and whether the
/// record needs them. <c>id</c>, <c>agency</c> and <c>published</c> are never imported: the id comes from the
/// document number, the agency from <c>--agency</c>, and an imported record is published on the day it is merged.
/// </summary>
internal static class ImportFields
{
    /// <summary>Every importable field: name as in the record file, kind, required.</summary>
    public static readonly IReadOnlyList<(string Name, ImportFieldKind Kind, bool Required)> All =
    [
        ("category", ImportFieldKind.Choice, true),
        ("document_number", ImportFieldKind.Text, true),
        ("decision_date", ImportFieldKind.Date, true),
        ("title", ImportFieldKind.Text, true),
        ("target.type", ImportFieldKind.Choice, true),
        ("target.name", ImportFieldKind.Text, true),
        ("target.credit_code", ImportFieldKind.Text, false),
        ("summary", ImportFieldKind.Text, true),
        ("facts", ImportFieldKind.Text, false),
        ("legal_basis", ImportFieldKind.Text, true),
        ("penalty.types", ImportFieldKind.List, false),
        ("penalty.fine", ImportFieldKind.Amount, false),
        ("penalty.confiscation", ImportFieldKind.Amount, false),
        ("late_reason", ImportFieldKind.Text, false),
        ("legal_exception", ImportFieldKind.Text, false),
        ("publication_end", ImportFieldKind.Date, false),
    ];

    /// <summary>The kind of a field, or null when the name is not importable.</summary>
    public static ImportFieldKind? KindOf(string name)
    {
        foreach (var field in All)
        {
            if (field.Name == name)
            {
                return field.Kind;
            }
        }

        return null;
    }

    /// <summary>The importable field names, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
