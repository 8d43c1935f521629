using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Loading;

/// <summary>
/// Every file under TestData/Loading/&lt;CODE&gt;/ is one case: it is placed into the base mini-site at its
/// <c># path:</c> and must produce exactly the diagnostics its <c># expect:</c> lines name, and no other error.
/// </summary>
public sealed class LoadingCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "Loading"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Path.Combine(RepoPaths.TestData, "Loading"), file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_file_reports_its_expected_diagnostics_at_their_positions(string caseFile)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestData, "Loading", caseFile));
        var header = text.Split('\n').Take(6).ToList();
        var path = header.Single(l => l.StartsWith("# path: ", StringComparison.Ordinal))["# path: ".Length..].Trim();
        var expected = header.Where(l => l.StartsWith("# expect: ", StringComparison.Ordinal))
            .Select(l => l["# expect: ".Length..].Trim().Split(' ')).ToList();
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write(path, text);

        var (result, diagnostics) = SiteRun.Run(site.Path);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(expected);
        foreach (var parts in expected)
        {
            var position = parts[1].Split(':');
            DiagnosticAssert.Has(diagnostics, parts[0], path, int.Parse(position[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(position[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        var unexpected = diagnostics.Where(d => d.Severity == Severity.Error && !expected.Any(e => e[0] == d.Code)).ToList();
        Assert.True(unexpected.Count == 0, "unexpected errors:\n" + DiagnosticAssert.Describe(unexpected));
    }

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
