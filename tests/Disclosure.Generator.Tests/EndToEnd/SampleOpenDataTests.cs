using System.Globalization;
using System.Text;
using System.Text.Json;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Model;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Records;
using Disclosure.Generator.Tests.Exports;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.EndToEnd;

/// <summary>
/// The built sample's open data under <c>data/</c>, read from the output folder as a downloading platform would:
/// every JSON file against its published schema, every CSV against its JSON, the 双公示 formats, and the absence
/// of withheld records and personal data.
/// </summary>
public sealed class SampleOpenDataTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private IEnumerable<string> JsonExports => sample.Files.Where(f => f.StartsWith("data/", StringComparison.Ordinal) && !f.StartsWith("data/schema/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal));

    private IEnumerable<string> Exports => sample.Files.Where(f => f.StartsWith("data/", StringComparison.Ordinal) && (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal)));

    private string Full(string relative) => Path.Combine(sample.Output, relative);

    [Fact]
    public void Every_record_kind_is_exported_as_csv_json_and_schema()
    {
        string[] kinds = ["agencies", "officers", "powers", "inspection-lists", "procedures", "guides", "notices", "decisions", "inspection-plans",
            "inspection-results", "inspection-result-items", "reports", "corrections", "shuanggongshi-xzcf", "shuanggongshi-xzxk"];

        foreach (var kind in kinds)
        {
            Assert.Contains($"data/{kind}.csv", sample.Files);
            Assert.Contains($"data/{kind}.json", sample.Files);
            Assert.Contains($"data/schema/v1/{kind}.schema.json", sample.Files);
        }

        Assert.Equal(kinds.Length, JsonExports.Count());
    }

    [Fact]
    public void Every_json_export_is_valid_against_its_published_schema_whose_id_carries_the_version()
    {
        var pairs = JsonExports.Select(f => (Full("data/schema/v1/" + Path.GetFileNameWithoutExtension(f) + ".schema.json"), Full(f))).ToList();

        var problems = JsonSchemaCheck.Validate(pairs);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var (schema, document) in pairs)
        {
            using var s = JsonDocument.Parse(File.ReadAllBytes(schema));
            using var d = JsonDocument.Parse(File.ReadAllBytes(document));
            var id = s.RootElement.GetProperty("$id").GetString()!;
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", s.RootElement.GetProperty("$schema").GetString());
            Assert.StartsWith("https://zfgs.qinghe.example.gov.cn/data/schema/v1/", id, StringComparison.Ordinal);
            Assert.Equal(id, d.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Fact]
    public void The_validator_rejects_a_document_that_breaks_its_schema()
    {
        // Guards the check above against a validator that accepts anything.
        using var dir = new TempDir();
        var broken = Path.Combine(dir.Path, "broken.json");
        var text = File.ReadAllText(Full("data/shuanggongshi-xzcf.json")).Replace("\"罚款金额（万元）\": \"0.500000\"", "\"罚款金额（万元）\": \"0.5\"", StringComparison.Ordinal);
        File.WriteAllText(broken, text);

        var problems = JsonSchemaCheck.Validate([(Full("data/schema/v1/shuanggongshi-xzcf.schema.json"), broken)]);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Contains("'0.5' does not match", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_csv_has_a_bom_the_schema_columns_as_header_and_the_same_rows_as_its_json()
    {
        foreach (var json in JsonExports)
        {
            var csvPath = Path.ChangeExtension(json, ".csv");
            var bytes = File.ReadAllBytes(Full(csvPath));
            Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), csvPath + " has no byte-order mark");
            var rows = CsvText.Read(Encoding.UTF8.GetString(bytes.AsSpan(3)));
            using var doc = JsonDocument.Parse(File.ReadAllBytes(Full(json)));
            using var schema = JsonDocument.Parse(File.ReadAllBytes(Full("data/schema/v1/" + Path.GetFileNameWithoutExtension(json) + ".schema.json")));
            var columns = schema.RootElement.GetProperty("$defs").GetProperty("record").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            var records = doc.RootElement.GetProperty("records").EnumerateArray().ToList();

            Assert.Equal(columns, rows[0]);
            Assert.Equal(records.Count, rows.Count - 1);
            Assert.Equal(records.Count, doc.RootElement.GetProperty("count").GetInt32());
            for (var r = 0; r < records.Count; r++)
            {
                Assert.Equal(columns, records[r].EnumerateObject().Select(p => p.Name));
                Assert.Equal(records[r].EnumerateObject().Select(p => Cell(p.Value)), rows[r + 1]);
            }
        }
    }

    [Fact]
    public void Shuanggongshi_files_have_exactly_the_domain_columns_in_order()
    {
        Assert.Equal(ShuanggongshiTablesTests.PenaltyFields, CsvRows("data/shuanggongshi-xzcf.csv")[0]);
        Assert.Equal(ShuanggongshiTablesTests.LicenceFields, CsvRows("data/shuanggongshi-xzxk.csv")[0]);
    }

    [Fact]
    public void A_fine_of_5000_yuan_is_0_500000_wan_yuan_with_slashed_dates_and_open_ended_validity()
    {
        var row = Row("data/shuanggongshi-xzcf.csv", "行政处罚决定书文号", "青市监罚〔2025〕5号");

        Assert.Equal("0.500000", row["罚款金额（万元）"]);
        Assert.Equal("2025/04/07", row["处罚决定日期"]);
        Assert.Equal("2099/12/31", row["处罚有效期"]);
        Assert.Equal("2028/04/07", row["公示截止期"]);
        Assert.Equal("青禾县市场监督管理局", row["处罚机关"]);
        Assert.Equal("警告；罚款", row["处罚类别"]);
    }

    [Fact]
    public void A_licence_runs_from_its_decision_date_to_2099_12_31_and_is_current()
    {
        var row = Row("data/shuanggongshi-xzxk.csv", "行政许可决定文书号", "青市监食许〔2025〕5号");

        Assert.Equal("2025/01/15", row["许可决定日期"]);
        Assert.Equal("2025/01/15", row["有效期自"]);
        Assert.Equal("2099/12/31", row["有效期至"]);
        Assert.Equal("1", row["当前状态"]);
        Assert.Equal("个体工商户", row["行政相对人类别"]);
    }

    [Fact]
    public void Only_penalties_and_licences_reach_the_shuanggongshi_files_and_all_published_ones_do()
    {
        var decisions = Records("data/decisions.json");

        Assert.Equal(decisions.Count(d => d["category"] == "行政处罚"), CsvRows("data/shuanggongshi-xzcf.csv").Count - 1);
        Assert.Equal(decisions.Count(d => d["category"] == "行政许可"), CsvRows("data/shuanggongshi-xzxk.csv").Count - 1);
    }

    [Fact]
    public void Identity_columns_are_present_but_empty_and_a_persons_name_is_masked()
    {
        foreach (var file in new[] { "data/shuanggongshi-xzcf.csv", "data/shuanggongshi-xzxk.csv" })
        {
            var rows = CsvRows(file);
            foreach (var column in new[] { "证件号码", "法定代表人证件号码", "证件类型", "法定代表人证件类型" })
            {
                var i = rows[0].IndexOf(column);
                Assert.True(i >= 0, column);
                Assert.All(rows.Skip(1), r => Assert.Equal(string.Empty, r[i]));
            }

            var type = rows[0].IndexOf("行政相对人类别");
            var code = rows[0].IndexOf("行政相对人代码_1(统一社会信用代码)");
            var name = rows[0].IndexOf("行政相对人名称");
            foreach (var person in rows.Skip(1).Where(r => r[type] == "自然人"))
            {
                Assert.Equal(string.Empty, person[code]);
                Assert.Equal(PersonalText.Mask(person[name]), person[name]);
            }
        }

        Assert.Contains(CsvRows("data/shuanggongshi-xzcf.csv").Skip(1), r => r[1] == "自然人");
    }

    [Fact]
    public void Withdrawn_excluded_expired_and_scheduled_decisions_appear_in_no_export()
    {
        var withheld = sample.Result.Records.Decisions
            .Where(d => PublicationStateResolver.Resolve(d, Config().Rules, SiteRun.Today) != PublicationState.Published).ToList();
        var texts = Exports.Select(f => (f, Text: File.ReadAllText(Full(f)))).ToList();

        Assert.Contains(withheld, d => d.DocumentNumber.Value == "青市监罚〔2025〕10号");
        Assert.Contains(withheld, d => d.DocumentNumber.Value == "青城管简罚〔2025〕3号");
        foreach (var decision in withheld)
        {
            foreach (var (file, text) in texts)
            {
                Assert.DoesNotContain(decision.DocumentNumber.Value, text, StringComparison.Ordinal);
                Assert.False(text.Contains(decision.Id.Value, StringComparison.Ordinal), $"{decision.Id} in {file}");
                Assert.DoesNotContain(decision.Title, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Officers_of_a_confidential_agency_and_birth_years_are_not_exported()
    {
        var secret = sample.Result.Records.Agencies.Where(a => a.Confidential).Select(a => a.Id).ToHashSet();
        var hidden = sample.Result.Records.Officers.Where(o => secret.Contains(o.Agency)).ToList();
        var officers = File.ReadAllText(Full("data/officers.json"));

        Assert.NotEmpty(hidden);
        Assert.All(hidden, o => Assert.DoesNotContain(o.Name, officers, StringComparison.Ordinal));
        Assert.DoesNotContain("birth", officers, StringComparison.Ordinal);
        Assert.Equal(sample.Result.Records.Officers.Count - hidden.Count, Records("data/officers.json").Count);
    }

    [Fact]
    public void The_personal_data_scanner_finds_nothing_in_any_export()
    {
        var scanner = new PersonalDataScanner(PublicAllowances.From(sample.Result.Records, Config()));

        foreach (var file in Exports)
        {
            var findings = scanner.Scan(File.ReadAllText(Full(file)));

            Assert.True(findings.Count == 0, file + ":\n" + ScanAssert.Describe(findings));
        }
    }

    [Fact]
    public void The_data_page_lists_every_file_with_its_schema_and_row_count_and_the_footer_links_to_it()
    {
        var page = sample.Page("data/");
        var rows = page.QuerySelectorAll("main table tbody tr");

        Assert.Equal(JsonExports.Count(), rows.Length);
        foreach (var json in JsonExports)
        {
            var name = Path.GetFileNameWithoutExtension(json);
            var row = rows.Single(r => r.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == "../" + json));
            var links = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"../data/{name}.csv", links);
            Assert.Contains($"../data/schema/v1/{name}.schema.json", links);
            Assert.Equal(Records(json).Count.ToString(CultureInfo.InvariantCulture), row.QuerySelector("td.num")!.TextContent);
        }

        Assert.Contains(sample.Page(string.Empty).QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "data/");
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => value.GetString()!,
    };

    private static SiteConfig Config() => SiteConfigLoader.Load(new ContentRoot(RepoPaths.Root), new DiagnosticSink());

    private List<List<string>> CsvRows(string relative) => CsvText.Read(Encoding.UTF8.GetString(File.ReadAllBytes(Full(relative)).AsSpan(3)));

    private Dictionary<string, string> Row(string relative, string key, string value)
    {
        var rows = CsvRows(relative);
        var match = rows.Skip(1).Single(r => r[rows[0].IndexOf(key)] == value);
        return rows[0].Zip(match).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private List<Dictionary<string, string>> Records(string relative)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Full(relative)));
        return [.. doc.RootElement.GetProperty("records").EnumerateArray().Select(r => r.EnumerateObject().ToDictionary(p => p.Name, p => Cell(p.Value), StringComparer.Ordinal))];
    }
}
