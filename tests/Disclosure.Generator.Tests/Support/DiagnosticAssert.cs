using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Tests.Support;

/// <summary>Assertions on diagnostics by code and position, never by wording.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Asserts a diagnostic with the code exists at path:line:column.</summary>
    public static void Has(IReadOnlyList<Diagnostic> diagnostics, string code, string path, int line, int column)
    {
        var match = diagnostics.Any(d => d.Code == code && d.Location.Path == path && d.Location.Line == line && d.Location.Column == column);
        Assert.True(match, $"expected {code} at {path}:{line}:{column}; got:\n{Describe(diagnostics)}");
    }

    /// <summary>Asserts no error exists.</summary>
    public static void NoErrors(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.False(diagnostics.Any(d => d.Severity == Severity.Error), "unexpected errors:\n" + Describe(diagnostics));

    /// <summary>Lists diagnostics for a failure message.</summary>
    public static string Describe(IReadOnlyList<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Location} {d.Code} [{string.Join(" | ", d.Arguments)}]"));
}
