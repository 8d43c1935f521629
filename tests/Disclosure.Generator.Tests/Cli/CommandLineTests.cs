using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Check_on_bad_content_prints_located_chinese_diagnostics_and_exits_1()
    {
        using var site = BrokenSite();
        var (code, stdout, stderr) = Run("check", "--site", site.Path, "--today", "2026-11-23");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/agencies/typo.yml:5:1: error DISC003: ", stderr, StringComparison.Ordinal);
        Assert.Contains("修复: ", stderr, StringComparison.Ordinal);
        Assert.Contains("依据: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Lang_en_changes_the_text_but_not_the_code_or_position()
    {
        using var site = BrokenSite();
        var (code, _, stderr) = Run("check", "--site", site.Path, "--lang", "en", "--today", "2026-11-23");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/agencies/typo.yml:5:1: error DISC003: unknown field", stderr, StringComparison.Ordinal);
        Assert.Contains("fix: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("修复", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_prints_its_summary_and_writes_the_site()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        var output = Path.Combine(site.Path, "out");

        var (code, stdout, _) = Run("build", "--site", site.Path, "--output", output, "--today", "2026-11-23");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("执法决定 1", stdout, StringComparison.Ordinal);
        Assert.Contains("已生成", stdout, StringComparison.Ordinal);
        Assert.Contains("不予公布 0", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void The_sample_jurisdiction_checks_clean_with_a_fixed_today()
    {
        var (code, stdout, stderr) = Run("check", "--site", RepoPaths.Root, "--today", "2026-11-23");

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.Contains("检查通过", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(": error DISC", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_json_is_one_object_with_located_diagnostics()
    {
        using var site = BrokenSite();

        var (code, stdout, _) = Run("check", "--site", site.Path, "--today", "2026-11-23", "--format", "json");

        Assert.Equal(ExitCodes.ContentErrors, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("content/agencies/typo.yml", first.GetProperty("path").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal("DISC003", first.GetProperty("code").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Check_github_format_writes_workflow_annotations()
    {
        using var site = BrokenSite();

        var (_, _, stderr) = Run("check", "--site", site.Path, "--today", "2026-11-23", "--format", "github");

        Assert.Contains("::error file=content/agencies/typo.yml,line=5,col=1,title=DISC003::", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_error_exits_2()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("site.yml", "title: 测试\nhost: 县政府\ncolour: red\n");

        var (code, _, _) = Run("check", "--site", site.Path, "--today", "2026-11-23");

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (code, _, stderr) = Run("build", "--frobnicate");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--frobnicate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_creates_a_site_that_builds_at_once()
    {
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "new-site");

        var (initCode, _, _) = Run("init", target);
        var (buildCode, stdout, stderr) = Run("build", "--site", target, "--today", "2026-11-23");

        Assert.Equal(ExitCodes.Ok, initCode);
        Assert.True(buildCode == ExitCodes.Ok, stderr);
        Assert.Contains("已生成", stdout, StringComparison.Ordinal);
        foreach (var folder in new[] { "agencies", "officers", "powers", "inspection-lists", "procedures", "guides", "notices", "decisions", "inspection-plans", "inspection-results", "reports", "corrections" })
        {
            Assert.True(Directory.EnumerateFiles(Path.Combine(target, "content", folder), "*", SearchOption.AllDirectories).Any(), $"no example in {folder}");
        }

        // The output and the build's side files (lock, state, staging) are never committed by accident.
        Assert.True(File.Exists(Path.Combine(target, "._site.state")));
        Assert.Equal(["_site/", "._site.*"], File.ReadAllLines(Path.Combine(target, ".gitignore")));
    }

    private static TempDir BrokenSite()
    {
        var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("content/agencies/typo.yml", "id: typo\nname: 甲\nfunctions: 职能\npublished: 2025-01-01\nphnoe: 0000-1\n");
        return site;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
