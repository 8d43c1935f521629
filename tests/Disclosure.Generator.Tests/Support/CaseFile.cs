using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Tests.Support;

/// <summary>
/// A case file: a record placed into the base mini-site at its <c># path:</c>, judged on <c># today:</c>
/// (default 2026-11-23), expecting exactly the codes of its <c># expect:</c> lines at their positions
/// (<c># expect: none</c> for a passing case) and no other error or warning.
/// </summary>
internal static class CaseFile
{
    /// <summary>All case files under a TestData folder, relative.</summary>
    public static TheoryData<string> Under(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, folder), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.TestData, file).Replace('\\', '/'));
        }

        return data;
    }

    /// <summary>Puts a case into a fresh copy of the base site; returns its expectations ([code, line:col, file?]).</summary>
    public static (TempDir Site, string Path, DateOnly Today, List<string[]> Expected) Prepare(string caseFile)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestData, caseFile));
        var header = text.Split('\n').Take(8).ToList();
        string? Header(string key) => header.FirstOrDefault(l => l.StartsWith($"# {key}: ", StringComparison.Ordinal))?[($"# {key}: ").Length..].Trim();
        var path = Header("path") ?? throw new InvalidOperationException($"{caseFile} has no # path:");
        var today = Header("today") is { } t ? DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture) : SiteRun.Today;
        var expected = header.Where(l => l.StartsWith("# expect: ", StringComparison.Ordinal))
            .Select(l => l["# expect: ".Length..].Trim()).Where(e => e != "none").Select(e => e.Split(' ')).ToList();
        var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write(path, text);
        return (site, path, today, expected);
    }

    /// <summary>Runs a case and asserts its expectations.</summary>
    public static void Verify(string caseFile)
    {
        var (site, path, today, expected) = Prepare(caseFile);
        using var _ = site;

        var (_, diagnostics) = SiteRun.Run(site.Path, today: today);

        foreach (var parts in expected)
        {
            var position = parts[1].Split(':');
            var file = parts.Length > 2 ? parts[2] : path;
            DiagnosticAssert.Has(diagnostics, parts[0], file, int.Parse(position[0], CultureInfo.InvariantCulture), int.Parse(position[1], CultureInfo.InvariantCulture));
        }

        var unexpected = diagnostics.Where(d => d.Severity != Severity.Info && !expected.Any(e => e[0] == d.Code)).ToList();
        Assert.True(unexpected.Count == 0, $"{caseFile}: unexpected findings:\n" + DiagnosticAssert.Describe(unexpected));
    }
}
