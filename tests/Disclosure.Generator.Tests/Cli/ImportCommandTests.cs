using System.Text;
using Disclosure.Generator.Cli;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Cli;

public sealed class ImportCommandTests
{
    private const string IdNumber = "11010519491231002X";

    [Fact]
    public void The_example_export_imports_into_files_that_load_and_pass_check()
    {
        using var site = new ImportSite();

        var (code, _, stderr) = site.Import(ImportSite.ExampleExport);
        var (result, diagnostics) = SiteRun.Run(site.Site, today: SiteRun.Today);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(
            ["market-2026-041-ad0a8487.yml", "market-2026-042-36c88643.yml", "market-2026-043-a16bc65e.yml"],
            Directory.GetFiles(Path.Combine(site.Decisions, "2026")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Severity != Severity.Info);
        var imported = result.Records.Decisions.Where(d => d.Id.Value.StartsWith("market-2026-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["青市监罚〔2026〕41号", "青市监罚〔2026〕42号", "青市监罚〔2026〕43号"], imported.Select(d => d.DocumentNumber.Value));
        var third = imported[2];
        Assert.Equal((1500m, 326m), (third.Penalty!.Fine, third.Penalty.Confiscation));
        Assert.Equal(["没收违法所得", "罚款"], third.Penalty.Types);
        Assert.Equal(new DateOnly(2026, 11, 18), third.DecisionDate);
    }

    [Fact]
    public void A_natural_persons_name_is_masked_in_the_target_the_title_and_the_facts()
    {
        using var site = new ImportSite();

        var (_, stdout, stderr) = site.Import(ImportSite.ExampleExport);

        var text = File.ReadAllText(Path.Combine(site.Decisions, "2026", "market-2026-042-36c88643.yml"));
        Assert.Contains("  type: 自然人\n  name: 韩某\n", text, StringComparison.Ordinal);
        Assert.Contains("title: 韩某无照经营案\n", text, StringComparison.Ordinal);
        Assert.Contains("facts: 当事人韩某未取得营业执照", text, StringComparison.Ordinal);
        Assert.DoesNotContain("韩立新", text + stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("credit_code", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_text_id_number_is_reported_with_its_row_and_column_and_never_printed()
    {
        using var site = new ImportSite();
        var export = site.WriteFile("x.csv", ImportSite.ExampleHeader + "\n"
            + Row("青禾县甲有限公司", "青市监罚〔2026〕61号", "2026/11/16", "罚款", facts: "经查，当事人法定代表人身份证号码" + IdNumber + "。") + "\n"
            + Row("青禾县乙有限公司", "青市监罚〔2026〕62号", "2026/11/16", "罚款") + "\n");

        var (code, stdout, stderr) = site.Import(export);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"x.csv:2:{ColumnOf("违法事实", 2, export)}: error {RuleCodes.ImportPersonalData}:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("002X", stdout + stderr, StringComparison.Ordinal);
        var written = Directory.GetFiles(Path.Combine(site.Decisions, "2026")).Select(Path.GetFileName).ToList();
        Assert.Equal(["market-2026-062-" + Hash("青市监罚〔2026〕62号") + ".yml"], written);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_row_numbers_while_good_rows_convert()
    {
        using var site = new ImportSite();
        var export = site.WriteFile("bad.csv", ImportSite.ExampleHeader + "\n"
            + Row("青禾县甲有限公司", string.Empty, "2026/11/16", "罚款") + "\n"
            + Row("青禾县乙有限公司", "青市监罚〔2026〕72号", "2026/13/16", "罚款") + "\n"
            + Row("青禾县丙有限公司", "青市监罚〔2026〕73号", "2026/11/16", "罚没") + "\n"
            + Row("青禾县丁有限公司", "青市监罚〔2026〕74号", "2026/11/17", "警告") + "\n");

        var (code, stdout, stderr) = site.Import(export);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"bad.csv:2:{ColumnOf("行政处罚决定书文号", 2, export)}: error {RuleCodes.ImportMissingValue}:", stderr, StringComparison.Ordinal);
        Assert.Contains($"bad.csv:3:{ColumnOf("处罚决定日期", 3, export)}: error {RuleCodes.ImportBadValue}:", stderr, StringComparison.Ordinal);
        Assert.Contains($"bad.csv:4:{ColumnOf("处罚类别", 4, export)}: error {RuleCodes.ImportUnknownValue}:", stderr, StringComparison.Ordinal);
        Assert.Contains("第 2 行", stderr, StringComparison.Ordinal);
        Assert.Equal(3, stderr.Split('\n').Count(l => l.Contains(": error DISC", StringComparison.Ordinal)));
        Assert.Contains("新建 1", stdout, StringComparison.Ordinal);
        var only = Assert.Single(Directory.GetFiles(Path.Combine(site.Decisions, "2026")));
        Assert.Contains("document_number: 青市监罚〔2026〕74号\n", File.ReadAllText(only), StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_the_same_export_twice_changes_nothing()
    {
        using var site = new ImportSite();
        site.Import(ImportSite.ExampleExport);
        var before = site.Tree();

        var (code, stdout, _) = site.Import(ImportSite.ExampleExport, "--lang", "en");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(before, site.Tree());
        Assert.Contains("0 new, 0 updated, 3 unchanged, 0 refused", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_row_is_reported_and_not_overwritten_unless_update_is_given()
    {
        using var site = new ImportSite();
        site.Import(ImportSite.ExampleExport);
        var changed = site.WriteFile("changed.csv", File.ReadAllText(ImportSite.ExampleExport).Replace("给予警告，罚款 5000 元。", "给予警告，罚款 6000 元。", StringComparison.Ordinal));
        var file = Path.Combine(site.Decisions, "2026", "market-2026-041-ad0a8487.yml");
        var before = site.Tree();

        var (refused, _, stderr) = site.Import(changed);
        var after = site.Tree();
        var (updated, _, _) = site.Import(changed, "--update");

        Assert.Equal(ExitCodes.ContentErrors, refused);
        Assert.Contains($"changed.csv:2:1: error {RuleCodes.ImportFileDiffers}:", stderr, StringComparison.Ordinal);
        Assert.Equal(before, after);
        Assert.Equal(ExitCodes.Ok, updated);
        Assert.Contains("summary: 给予警告，罚款 6000 元。\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_import_leaves_the_output_folder_untouched()
    {
        using var site = new ImportSite();
        var unclosed = site.WriteFile("unclosed.csv", ImportSite.ExampleHeader + "\n"
            + Row("青禾县甲有限公司", "青市监罚〔2026〕81号", "2026/11/16", "罚款") + "\n"
            + "\"青禾县乙有限公司,法人及非法人组织\n");
        var mapping = site.WriteFile("typo.mapping.yml", File.ReadAllText(ImportSite.ExampleMapping).Replace("summary: 处罚内容", "summary: 处罚内容X", StringComparison.Ordinal));
        var before = site.Tree();

        var (badExport, _, unreadable) = site.Import(unclosed);
        var (badColumn, _, stderr) = site.Import(ImportSite.ExampleExport, "--mapping", mapping);

        Assert.Equal(ExitCodes.ContentErrors, badExport);
        Assert.Contains($"unclosed.csv:3:1: error {RuleCodes.ImportExportUnreadable}:", unreadable, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ContentErrors, badColumn);
        Assert.Contains($"typo.mapping.yml:16:3: error {RuleCodes.ImportColumnMissing}:", stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Tree());
    }

    [Fact]
    public void Messages_are_in_english_with_lang_en()
    {
        using var site = new ImportSite();
        var export = site.WriteFile("bad.csv", ImportSite.ExampleHeader + "\n" + Row("青禾县乙有限公司", "青市监罚〔2026〕72号", "2026-02-30", "罚款") + "\n");

        var (_, stdout, stderr) = site.Import(export, "--lang", "en");

        Assert.Contains($"error {RuleCodes.ImportBadValue}: row 2, column \"处罚决定日期\": the value is not a valid date", stderr, StringComparison.Ordinal);
        Assert.Contains("  fix: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("第", stderr, StringComparison.Ordinal);
        Assert.Contains("Imported 1 rows", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gb18030_export_imports_the_same_files_as_its_utf8_original()
    {
        using var utf8 = new ImportSite();
        using var gb = new ImportSite();
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var export = gb.WriteBytes("gb.csv", gbk.GetBytes(File.ReadAllText(ImportSite.ExampleExport, Encoding.UTF8).TrimStart('\uFEFF')));

        utf8.Import(ImportSite.ExampleExport);
        var (code, _, stderr) = gb.Import(export);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(TreeHashes.Of(utf8.Decisions), TreeHashes.Of(gb.Decisions));
    }

    [Fact]
    public void A_json_export_without_a_mapping_reads_columns_named_after_the_fields()
    {
        using var site = new ImportSite();
        var export = site.WriteFile("cases.json", """
            [
              {"category": "行政处罚", "document_number": "青市监罚〔2026〕91号", "decision_date": "2026-11-18", "title": "青禾县甲有限公司案",
               "target.type": "法人及非法人组织", "target.name": "青禾县甲有限公司", "summary": "罚款 1000 元。", "legal_basis": "《某条例》第十条",
               "penalty.types": "罚款", "penalty.fine": 1000.50},
              {"category": "行政罚款", "document_number": "青市监罚〔2026〕92号", "decision_date": "2026-11-18", "title": "青禾县乙有限公司案",
               "target.type": "法人及非法人组织", "target.name": "青禾县乙有限公司", "summary": "罚款 1000 元。", "legal_basis": "《某条例》第十条"}
            ]
            """);

        var (code, _, stderr) = site.Import(export, "--no-mapping");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"cases.json:5:16: error {RuleCodes.ImportUnknownValue}:", stderr, StringComparison.Ordinal);
        var only = Assert.Single(Directory.GetFiles(Path.Combine(site.Decisions, "2026")));
        Assert.Contains("  fine: 1000.5\n", File.ReadAllText(only), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_usage_and_a_broken_mapping_exit_with_2()
    {
        using var site = new ImportSite();
        var mapping = site.WriteFile("m.yml", "fields:\n  summary: 处罚内容\n  colour: 颜色\n");

        var (noAgency, _, _) = Run("import", "--site", site.Site, "--from", ImportSite.ExampleExport);
        var (unknownAgency, _, _) = site.Import(ImportSite.ExampleExport, "--agency", "nowhere");
        var (badMapping, _, stderr) = site.Import(ImportSite.ExampleExport, "--mapping", mapping);

        Assert.Equal(ExitCodes.Usage, noAgency);
        Assert.Equal(ExitCodes.Usage, unknownAgency);
        Assert.Equal(ExitCodes.Usage, badMapping);
        Assert.Contains($"m.yml:3:3: error {RuleCodes.ImportMappingInvalid}:", stderr, StringComparison.Ordinal);
    }

    private static string Row(string name, string number, string date, string types, string facts = "违法事实。") =>
        $"{name},法人及非法人组织,91219999MA2XK41C8M,,,,{number},违法行为,{facts},《某条例》第十条,{types},罚款 100 元。,0.01,,{date},,,,,,";

    private static int ColumnOf(string column, int line, string export)
    {
        var header = ImportSite.ExampleHeader.Split(',');
        var cells = File.ReadAllLines(export)[line - 1].Split(',');
        return cells.Take(Array.IndexOf(header, column)).Sum(c => c.Length + 1) + 1;
    }

    private static string Hash(string number) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(number)))[..8];

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
