using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Validation;

/// <summary>Every file under TestData/Rules/&lt;CODE&gt;/ is a rule case: passing, failing, and both sides of each boundary.</summary>
public sealed class RuleCaseTests
{
    public static TheoryData<string> Cases() => CaseFile.Under("Rules");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_case_reports_exactly_its_expected_findings(string caseFile) => CaseFile.Verify(caseFile);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Through_the_cli_a_failing_case_exits_1_at_its_location_and_a_passing_case_exits_0(string caseFile)
    {
        var (site, path, today, expected) = CaseFile.Prepare(caseFile);
        using var _ = site;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = Disclosure.Generator.Cli.CommandLine.Run(["check", "--site", site.Path, "--today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], stdout, stderr);

        var errors = expected.Where(e => Disclosure.Generator.Diagnostics.RuleCodes.SeverityOf(e[0]) == Disclosure.Generator.Diagnostics.Severity.Error).ToList();
        Assert.Equal(errors.Count > 0 ? 1 : 0, code);
        foreach (var e in expected)
        {
            var severity = Disclosure.Generator.Diagnostics.RuleCodes.SeverityOf(e[0]).ToString().ToLowerInvariant();
            Assert.Contains($"{(e.Length > 2 ? e[2] : path)}:{e[1]}: {severity} {e[0]}: ", stderr.ToString(), StringComparison.Ordinal);
        }
    }
}
