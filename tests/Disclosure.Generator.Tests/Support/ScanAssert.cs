using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Support;

/// <summary>Runs the personal-data scanner and asserts on kinds, rules and positions; failures show masked values only.</summary>
internal static class ScanAssert
{
    /// <summary>Scans a text with the given allowances (none by default).</summary>
    public static IReadOnlyList<PersonalDataFinding> Scan(string text, ScanAllowances? allowances = null) =>
        new PersonalDataScanner(allowances ?? ScanAllowances.None).Scan(text);

    /// <summary>Asserts exactly one finding and returns it.</summary>
    public static PersonalDataFinding Single(string text, ScanAllowances? allowances = null)
    {
        var findings = Scan(text, allowances);
        Assert.True(findings.Count == 1, $"expected one finding, got {findings.Count}:\n{Describe(findings)}");
        return findings[0];
    }

    /// <summary>Asserts exactly one finding of the kind and rule at line:column with the length.</summary>
    public static void Finds(string text, PersonalDataKind kind, string rule, int line, int column, int length, ScanAllowances? allowances = null)
    {
        var finding = Single(text, allowances);
        Assert.Equal((kind, rule, line, column, length), (finding.Kind, finding.Rule, finding.Line, finding.Column, finding.Length));
    }

    /// <summary>Asserts one finding of the kind, wherever it is.</summary>
    public static void FindsKind(string text, PersonalDataKind kind, ScanAllowances? allowances = null) =>
        Assert.Equal(kind, Single(text, allowances).Kind);

    /// <summary>Asserts no finding at all.</summary>
    public static void Clean(string text, ScanAllowances? allowances = null)
    {
        var findings = Scan(text, allowances);
        Assert.True(findings.Count == 0, $"expected no finding, got:\n{Describe(findings)}");
    }

    /// <summary>Lists findings for a failure message, masked.</summary>
    public static string Describe(IEnumerable<PersonalDataFinding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Line}:{f.Column} +{f.Length} {f.Rule} {f.Masked}"));
}
