namespace Disclosure.Generator.Diagnostics;

/// <summary>
/// One finding about the input: a stable code, where it is, and the arguments of its message.
/// Arguments must never carry personal data in full; pass masked values only.
/// </summary>
internal sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, IReadOnlyList<string> Arguments)
{
    /// <summary>Creates a diagnostic with the severity the catalogue declares for its code.</summary>
    public static Diagnostic Create(string code, SourceLocation location, params string[] arguments) =>
        new(code, RuleCodes.SeverityOf(code), location, arguments);
}
