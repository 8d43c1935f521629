using System.Collections.Frozen;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class PersonalDataScannerTests
{
    private const string Dirty = """
        # 行政处罚决定书

        **当事人**：张三丰
        **公民身份号码**：11010519491231002X
        **住址**：江岭市青禾县禾丰镇幸福村3组12号
        **联系电话**：138 1234 5678

        证人李四证实，当事人驾驶辽K12345号小型轿车运输。
        """;

    public static TheoryData<string> CleanDecisions() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "Privacy", "Clean"), "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CleanDecisions))]
    public void Sample_decisions_scan_clean_with_the_sample_allowances(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestData, "Privacy", "Clean", file));
        var allowances = SampleAllowances.Load(Path.Combine(RepoPaths.Root, "content"));

        ScanAssert.Clean(text, allowances);
    }

    [Fact]
    public void Every_text_file_of_the_sample_content_scans_clean_with_the_sample_allowances()
    {
        var content = Path.Combine(RepoPaths.Root, "content");
        var scanner = new PersonalDataScanner(SampleAllowances.Load(content));
        var files = Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".md" or ".yml").ToList();

        var dirty = files.Select(f => (File: Path.GetRelativePath(content, f), Findings: scanner.Scan(File.ReadAllText(f)))).Where(r => r.Findings.Count > 0).ToList();

        Assert.True(files.Count > 100, "the sample content was not found");
        Assert.True(dirty.Count == 0, string.Join("\n", dirty.Select(d => d.File + "\n" + ScanAssert.Describe(d.Findings))));
    }

    [Fact]
    public void Without_allowances_the_agency_phones_of_the_sample_are_reported()
    {
        var text = "监督电话 0000-7310012；办公电话 0000-7310001；值班电话 7310001";

        var findings = ScanAssert.Scan(text);

        Assert.Equal(["phone.landline", "phone.landline", "phone.landline_context"], findings.Select(f => f.Rule));
    }

    [Fact]
    public void Declared_agency_phones_are_public_in_any_writing()
    {
        var allowances = new ScanAllowances(FrozenSet.Create("0000-7310012", "0000 7310001"), FrozenSet<string>.Empty, FrozenSet<string>.Empty);

        ScanAssert.Clean("监督电话 0000-7310012；办公电话 00007310001；值班电话 7310001", allowances);
    }

    [Fact]
    public void A_listed_certificate_number_is_public_only_in_the_officer_role()
    {
        var allowances = new ScanAllowances(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet.Create("13912345678"));

        ScanAssert.Clean("执法人员（执法证号：13912345678）", allowances);
        ScanAssert.Clean("执法证件号码：13912345678", allowances);
        ScanAssert.FindsKind("联系电话：13912345678", PersonalDataKind.Phone, allowances);
        ScanAssert.FindsKind("执法证号：13912345678", PersonalDataKind.Phone);
    }

    [Fact]
    public void A_dirty_decision_yields_one_finding_per_value_in_text_order()
    {
        var findings = ScanAssert.Scan(Dirty);

        Assert.Equal(
            [
                (3, PersonalDataKind.PersonName), (4, PersonalDataKind.IdNumber), (5, PersonalDataKind.Address),
                (6, PersonalDataKind.Phone), (8, PersonalDataKind.PersonName), (8, PersonalDataKind.VehiclePlate),
            ],
            findings.Select(f => (f.Line, f.Kind)));
    }

    [Fact]
    public void No_finding_carries_the_value_in_full()
    {
        var findings = ScanAssert.Scan(Dirty);

        foreach (var secret in new[] { "张三丰", "11010519491231002X", "幸福村3组12号", "13812345678", "李四", "辽K12345" })
        {
            Assert.DoesNotContain(findings, f => f.Masked.Replace(" ", string.Empty, StringComparison.Ordinal).Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_do_not_move_findings()
    {
        var unix = ScanAssert.Scan(Dirty);

        var windows = ScanAssert.Scan("\uFEFF" + Dirty.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(unix, windows);
    }

    [Fact]
    public void One_scanner_gives_the_same_answer_on_many_threads()
    {
        var scanner = new PersonalDataScanner(ScanAllowances.None);
        var expected = scanner.Scan(Dirty);

        var results = new IReadOnlyList<PersonalDataFinding>[64];
        Parallel.For(0, results.Length, i => results[i] = scanner.Scan(Dirty));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void An_empty_text_has_no_findings()
    {
        ScanAssert.Clean(string.Empty);
    }
}
