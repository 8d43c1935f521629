using System.Text;
using System.Text.Json;
using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Cli;

public sealed class ScanCommandTests
{
    private static readonly string[] Secrets = ["张三丰", "11010519491231002X", "13812345678", "幸福村3组12号", "6228480012345671"];

    private const string Dirty = "**当事人**：张三丰\n身份证号：11010519491231002X\n电话 13812345678\n住址：江岭市青禾县禾丰镇幸福村3组12号\n卡号 6228480012345671\n";

    [Fact]
    public void Json_output_is_one_object_with_exactly_the_specified_fields()
    {
        using var dir = new TempDir();
        dir.Write("docs/a.md", Dirty);
        var docs = Relative(dir, "docs");

        var (code, stdout, _) = Run("scan", "--site", dir.Path, "--format", "json", docs);

        Assert.Equal(ExitCodes.ContentErrors, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["findings"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(5, findings.Count);
        Assert.All(findings, f => Assert.Equal(["path", "line", "column", "length", "kind", "rule"], f.EnumerateObject().Select(p => p.Name)));
        Assert.All(findings, f => Assert.Equal(docs + "/a.md", f.GetProperty("path").GetString()));
        Assert.Equal(["person_name", "id_number", "phone", "address", "bank_account"], findings.Select(f => f.GetProperty("kind").GetString()));
        var id = findings[1];
        Assert.Equal((2, 6, 18, "id_number.gb11643"), (id.GetProperty("line").GetInt32(), id.GetProperty("column").GetInt32(), id.GetProperty("length").GetInt32(), id.GetProperty("rule").GetString()));
    }

    [Fact]
    public void Text_output_is_compiler_style_with_a_count_and_never_shows_a_value_in_full()
    {
        using var dir = new TempDir();
        dir.Write("a.md", Dirty);
        var file = Relative(dir, "a.md");

        var (code, stdout, stderr) = Run("scan", "--site", dir.Path, file);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.StartsWith(file + ":1:9: ", stdout, StringComparison.Ordinal);
        Assert.Contains("a.md:2:6: id_number id_number.gb11643 110***********002X", stdout, StringComparison.Ordinal);
        Assert.Contains("a.md:1:9: person_name person_name.context 张**", stdout, StringComparison.Ordinal);
        Assert.Contains("5", stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_output_never_shows_a_value_in_full()
    {
        using var dir = new TempDir();
        dir.Write("a.yml", Dirty);

        var (_, stdout, stderr) = Run("scan", "--site", dir.Path, "--format", "json", Path.Combine(dir.Path, "a.yml"));

        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, stdout + stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Folders_are_scanned_recursively_for_text_files_only()
    {
        using var dir = new TempDir();
        dir.Write("site/b/c.yml", "phone: 13812345678\n");
        dir.Write("site/d.txt", "电话 13912345678\n");
        dir.Write("site/e.html", "电话 13712345678\n");
        dir.Write("site/.git/f.md", "电话 13612345678\n");
        var site = Relative(dir, "site");

        var (_, stdout, _) = Run("scan", "--site", dir.Path, "--format", "json", site);

        using var json = JsonDocument.Parse(stdout);
        var paths = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString());
        Assert.Equal([site + "/b/c.yml", site + "/d.txt"], paths);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_and_crlf_is_read_with_the_same_positions()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(Path.Combine(dir.Path, "bom.md"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("标题\r\n电话 13812345678\r\n")]);

        var (code, stdout, _) = Run("scan", "--site", dir.Path, Path.Combine(dir.Path, "bom.md"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("bom.md:2:4: phone phone.mobile 138****5678", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_files_exit_0()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "**当事人**：青禾县佳禾连锁超市有限公司\n**法定代表人**：沈某\n罚款 50000 元。\n");

        var (code, stdout, _) = Run("scan", "--site", dir.Path, "--format", "json", Path.Combine(dir.Path, "a.md"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("{\"findings\":[]}", stdout.Trim());
    }

    [Fact]
    public void The_sample_site_scans_clean_with_its_own_records_as_allowances()
    {
        var site = RepoPaths.Root;

        var (code, stdout, _) = Run("scan", "--site", site, Path.Combine(site, "content"));

        Assert.True(code == ExitCodes.Ok, stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("--format", "xml", "a.md")]
    [InlineData("--frobnicate", "a.md")]
    [InlineData("missing.md")]
    public void Usage_errors_exit_2(params string[] options)
    {
        using var dir = new TempDir();
        dir.Write("a.md", "无\n");
        string[] args = ["scan", "--site", dir.Path, .. options.Select(o => o.EndsWith(".md", StringComparison.Ordinal) ? Path.Combine(dir.Path, o) : o)];

        var (code, _, stderr) = Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_and_fails_the_scan()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(Path.Combine(dir.Path, "gbk.txt"), [0xD5, 0xC5, 0xC8, 0xFD]);

        var (code, _, stderr) = Run("scan", "--site", dir.Path, Path.Combine(dir.Path, "gbk.txt"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("gbk.txt", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // A path relative to the working folder, as a user would type it; the output must show it as given.
    private static string Relative(TempDir dir, string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(dir.Path, path)).Replace('\\', '/');
}
