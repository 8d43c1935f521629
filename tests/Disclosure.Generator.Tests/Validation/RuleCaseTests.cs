using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Validation;

/// <summary>Every file under TestData/Rules/&lt;CODE&gt;/ is a rule case: passing, failing, and both sides of each boundary.</summary>
public sealed class RuleCaseTests
{
    public static TheoryData<string> Cases() => CaseFile.Under("Rules");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_case_reports_exactly_its_expected_findings(string caseFile) => CaseFile.Verify(caseFile);
}
