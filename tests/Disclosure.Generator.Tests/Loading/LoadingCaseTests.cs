using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Loading;

/// <summary>
/// Every file under TestData/Loading/&lt;CODE&gt;/ is one case: it is placed into the base mini-site at its
/// <c># path:</c> and must produce exactly the diagnostics its <c># expect:</c> lines name, and no other error.
/// </summary>
public sealed class LoadingCaseTests
{
    public static TheoryData<string> Cases() => CaseFile.Under("Loading");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_file_reports_its_expected_diagnostics_at_their_positions(string caseFile) => CaseFile.Verify(caseFile);

    [Fact]
    public void Base_site_has_no_errors()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));

        var (result, diagnostics) = SiteRun.Run(site.Path);

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Every_problem_in_several_files_is_reported_in_one_run()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("content/agencies/a.yml", "id: a\nname: 甲\nfunctions: 职能\npublished: 2025-13-01\n");
        site.Write("content/agencies/b.yml", "id: b\nname: 乙\nfunctions: 职能\npublished: 2025-01-01\nfax: 1\n");

        var (_, diagnostics) = SiteRun.Run(site.Path);

        DiagnosticAssert.Has(diagnostics, "DISC005", "content/agencies/a.yml", 4, 12);
        DiagnosticAssert.Has(diagnostics, "DISC003", "content/agencies/b.yml", 5, 1);
    }
}
