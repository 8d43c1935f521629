using System.Globalization;

namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>Writes agencies, officers, power lists, guides and notices: the records around the decisions.</summary>
internal sealed class SupportingRecordsWriter(Random random, FictionalNames names, CorpusFiles files)
{
    private static readonly DateOnly Start = new(2024, 1, 5);

    public void Agency(AgencySpec agency) => files.Write($"content/agencies/{agency.Id}.yml", new YamlText()
        .Raw("id", agency.Id).Text("name", agency.Name).Text("short_name", agency.ShortName)
        .Text("parent_body", agency.Id.StartsWith("qh-", StringComparison.Ordinal) ? "青禾县人民政府" : "江岭市人民政府")
        .Raw("credit_code", agency.CreditCode)
        .Text("functions", $"负责本级{agency.ShortName}职责范围内的行政执法工作，依法实施行政许可、行政处罚、行政检查等。")
        .Items("internal_bodies", ["办公室", "法规科", "审批科", "综合行政执法大队"])
        .Open("staffing").Number("authorized", 30 + agency.Index, 2).Number("in_post", 28 + agency.Index, 2)
        .Text("duties", "法规科负责法制审核；综合行政执法大队负责监督检查和案件查处。")
        .Text("jurisdiction", "本行政区域内职责范围内的行政执法事项").Text("enforcement_region", "本行政区域全境")
        .Text("phone", agency.Phone).Text("supervision_phone", agency.Phone.Replace("001", "010", StringComparison.Ordinal))
        .Text("address", names.Address()).Text("office_hours", "工作日 8:30—12:00，13:30—17:30")
        .Raw("confidential", "false")
        .Open("reviewers").Items("deputy", [agency.Id + "-deputy"], 2).Items("principal", [agency.Id + "-head"], 2)
        .Date("published", Start).ToString());

    /// <summary>An officer whose certificate covers every decision date of the corpus.</summary>
    public string Officer(AgencySpec agency, int serial)
    {
        var (name, id) = names.Officer(serial);
        var from = new DateOnly(2021, 1, 4).AddDays(random.Next(0, 700));
        files.Write($"content/officers/{agency.Id}/{id}.yml", new YamlText()
            .Raw("id", id).Raw("agency", agency.Id).Raw("role", "执法人员").Text("name", name)
            .Raw("gender", random.Next(2) == 0 ? "男" : "女").Number("birth_year", random.Next(1965, 1998))
            .Text("unit", "综合行政执法大队").Text("post", names.Pick(["科员", "副大队长", "中队长", "执法队员"]))
            .Text("category", agency.ShortName + "行政执法").Text("region", "本行政区域全境")
            .Open("certificate").Text("number", string.Create(CultureInfo.InvariantCulture, $"99{serial:D9}"), 2)
            .Date("valid_from", from, 2).Date("valid_until", from.AddYears(8), 2)
            .Date("published", Start).ToString());
        return id;
    }

    public void Powers(AgencySpec agency)
    {
        var yaml = new YamlText().Raw("id", agency.Id).Raw("agency", agency.Id).Date("published", Start).Open("items");
        foreach (var (type, i) in new[] { "行政许可", "行政处罚", "行政检查", "行政强制", "行政确认", "行政给付", "行政奖励" }.Select((t, i) => (t, i)))
        {
            yaml.Element("code", PowerCode(agency, i), 2).Text("name", $"{agency.ShortName}{type}事项", 4).Raw("type", type, 4)
                .Text("basis", "相关法律法规第" + (i + 10).ToString(CultureInfo.InvariantCulture) + "条", 4).Text("body", "综合行政执法大队", 4);
        }

        files.Write($"content/powers/{agency.Id}.yml", yaml.ToString());
    }

    public void Guide(AgencySpec agency, int number)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{agency.Id}-guide-{number}");
        var yaml = new YamlText().Raw("id", id).Raw("agency", agency.Id)
            .Text("title", $"{agency.ShortName}许可事项（第 {number} 项）").Raw("power", PowerCode(agency, 0))
            .Text("basis", "《中华人民共和国行政许可法》第二十九条").Text("accepting_body", "政务服务中心窗口")
            .Text("approving_body", agency.Name).Text("conditions", "申请人具备法定条件，材料齐全、符合法定形式。")
            .Text("preferential_policies", "小微企业可适用告知承诺制。").Items("materials", ["申请书", "营业执照或主体资格证明", "场所及设施说明"])
            .Text("process", "申请 → 受理 → 审查 → 决定 → 送达 → 结果公示").Text("legal_time_limit", "20 个工作日")
            .Text("promised_time_limit", "5 个工作日").Text("fees", "不收费").Text("fee_basis", "国家规定不收费")
            .Text("supervision", $"监督电话 {agency.Phone}").Text("liability", "依照《中华人民共和国行政许可法》第七十二条追究责任。")
            .Text("remedies", "可以依法申请行政复议或者提起行政诉讼。").Text("office_hours", "工作日 8:30—12:00，13:30—17:30")
            .Text("address", "江岭市政务服务中心一楼").Text("phone", agency.Phone).Date("published", Start);
        files.WriteMarkdown($"content/guides/{id}.md", yaml, "## 办理须知\n\n- 材料可通过网上办事大厅提交；\n- 办理结果可在本网站查询。\n");
    }

    public void Notice(AgencySpec agency, int number, DateOnly eventDate, DateOnly published)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{agency.Id}-exam-{eventDate.Year}-{number:D4}");
        var yaml = new YamlText().Raw("id", id).Raw("agency", agency.Id).Raw("kind", "考试成绩")
            .Text("title", $"{eventDate.Year} 年从业人员业务知识抽查考核成绩公示（第 {number} 期）")
            .Date("event_date", eventDate).Text("place", "政务服务中心三楼培训室").Text("matter", "从业人员业务知识监督抽查考核")
            .Date("published", published);
        var body = "本次抽查考核满分 100 分，80 分及以上为合格。\n\n| 单位 | 人员 | 成绩 | 结果 |\n|---|---|---|---|\n";
        for (var i = 0; i < 6; i++)
        {
            var score = random.Next(60, 100);
            body += string.Create(CultureInfo.InvariantCulture, $"| {names.Company()} | {names.MaskedPerson()} | {score} | {(score >= 80 ? "合格" : "不合格")} |\n");
        }

        files.WriteMarkdown($"content/notices/{eventDate.Year}/{id}.md", yaml, body);
    }

    private static string PowerCode(AgencySpec agency, int item) =>
        string.Create(CultureInfo.InvariantCulture, $"JL-{agency.Index:D2}-{item + 1:D3}");
}
