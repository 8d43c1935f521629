using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>
/// Writes one decision: YAML, or (about one in five) Markdown with the redacted full text. Published a few
/// working days after the decision, within the deadline; individuals masked, companies with credit codes.
/// </summary>
internal sealed class DecisionWriter(Random random, FictionalNames names, CorpusFiles files)
{
    private static readonly Dictionary<string, (string Slug, string Letter)> Categories = new(StringComparer.Ordinal)
    {
        ["行政许可"] = ("licence", "许"),
        ["行政处罚"] = ("penalty", "罚"),
        ["行政检查"] = ("inspection", "检"),
        ["行政强制"] = ("coercion", "强"),
        ["行政确认"] = ("confirmation", "确"),
        ["行政给付"] = ("benefit", "给"),
        ["行政奖励"] = ("reward", "奖"),
    };

    private static readonly string[] Licences =
        ["食品经营许可", "道路货物运输经营许可", "排污许可", "公共场所卫生许可", "建筑垃圾处置核准", "烟花爆竹经营（零售）许可", "户外广告设置许可"];

    public void Write(DecisionStub stub, int number, DateOnly published, IReadOnlyList<string> officers)
    {
        var (slug, letter) = Categories[stub.Scenario.Category];
        var year = stub.Date.Year;
        var id = string.Create(CultureInfo.InvariantCulture, $"{stub.Agency.Id}-{slug}-{year}-{number:D5}");
        var target = Target(stub.Scenario);
        var values = Placeholders(target.Name, stub.Date);
        var fine = stub.Scenario.MaxFine > 0 ? RoundFine(random.Next(stub.Scenario.MinFine, stub.Scenario.MaxFine + 1)) : 0;
        values["{fine}"] = fine.ToString(CultureInfo.InvariantCulture);
        var yaml = new YamlText()
            .Raw("id", id)
            .Raw("agency", stub.Agency.Id)
            .Raw("category", stub.Scenario.Category)
            .Text("document_number", string.Create(CultureInfo.InvariantCulture, $"{stub.Agency.NumberPrefix}{letter}〔{year}〕{number}号"))
            .Date("decision_date", stub.Date)
            .Text("title", Fill(stub.Scenario.Title, values))
            .Open("target")
            .Raw("type", target.Type, 2)
            .Text("name", target.Name, 2);
        if (target.CreditCode is not null)
        {
            yaml.Raw("credit_code", target.CreditCode, 2);
        }

        var facts = Fill(stub.Scenario.Facts, values);
        var summary = Fill(stub.Scenario.Summary, values);
        yaml.Text("summary", summary).Text("facts", facts).Text("legal_basis", stub.Scenario.Basis);
        if (stub.Scenario.PenaltyTypes.Length > 0)
        {
            yaml.Open("penalty").Items("types", stub.Scenario.PenaltyTypes, 2);
            if (fine > 0)
            {
                yaml.Number("fine", fine, 2);
            }
        }

        if (officers.Count > 0)
        {
            yaml.Items("officers", officers);
        }

        if (fine >= 200000)
        {
            yaml.Raw("major", "true");
        }

        yaml.Date("published", published);
        var folder = string.Create(CultureInfo.InvariantCulture, $"content/decisions/{year}/{id}");
        if (random.Next(5) == 0)
        {
            files.WriteMarkdown(folder + ".md", yaml, FullText(stub, target, facts, summary));
        }
        else
        {
            files.Write(folder + ".yml", yaml.ToString());
        }
    }

    private (string Type, string Name, string? CreditCode) Target(DecisionScenario scenario)
    {
        var roll = random.Next(100);
        if (scenario.Category is "行政给付" or "行政奖励" || (scenario.Category == "行政处罚" && roll < 20))
        {
            return ("自然人", names.MaskedPerson(), null);
        }

        return roll < 40
            ? ("个体工商户", names.SoleTrader(), names.CreditCode("92"))
            : ("法人及非法人组织", names.Company(), names.CreditCode("91"));
    }

    private Dictionary<string, string> Placeholders(string target, DateOnly date) => new(StringComparer.Ordinal)
    {
        ["{target}"] = target,
        ["{person}"] = target,
        ["{place}"] = names.Place() + names.Pick(["城关街道", "工业园区", "农贸市场", "汽车站附近", "开发区", "滨江路沿线"]),
        ["{n}"] = random.Next(2, 30).ToString(CultureInfo.InvariantCulture),
        ["{small}"] = (random.Next(2, 400) * 50).ToString(CultureInfo.InvariantCulture),
        ["{date}"] = date.AddDays(-random.Next(20, 90)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        ["{license}"] = names.Pick(Licences),
    };

    private static int RoundFine(int fine) => fine < 10000 ? fine / 100 * 100 : fine / 1000 * 1000;

    private static string Fill(string template, Dictionary<string, string> values)
    {
        var text = new StringBuilder(template);
        foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Replace(key, value);
        }

        return text.ToString();
    }

    private string FullText(DecisionStub stub, (string Type, string Name, string? CreditCode) target, string facts, string summary)
    {
        var kind = stub.Scenario.Category == "行政处罚" ? "行政处罚决定书" : "决定书";
        var text = new StringBuilder();
        text.Append("# ").Append(stub.Agency.Name).Append(kind).Append("\n\n");
        text.Append("**当事人**：").Append(target.Name).Append("  \n");
        if (target.CreditCode is not null)
        {
            text.Append("**统一社会信用代码**：").Append(target.CreditCode).Append("  \n");
            text.Append("**住所**：").Append(names.Address()).Append("  \n");
            text.Append(target.Type == "个体工商户" ? "**经营者**：" : "**法定代表人**：").Append(names.MaskedPerson()).Append('\n');
        }

        text.Append("\n## 一、案件来源及调查经过\n\n")
            .Append(stub.Date.AddDays(-random.Next(30, 60)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture))
            .Append("，本机关执法人员依法对当事人进行检查，出示了执法证件，告知了当事人依法享有的权利。\n\n")
            .Append("## 二、事实及证据\n\n").Append(facts).Append("\n\n上述事实有现场检查笔录、询问笔录、照片等证据证实。\n\n")
            .Append("## 三、依据及决定\n\n依据").Append(stub.Scenario.Basis).Append("，本机关决定：").Append(summary).Append("\n\n")
            .Append("## 四、救济途径\n\n当事人如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n\n")
            .Append(stub.Agency.Name).Append("  \n")
            .Append(stub.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)).Append('\n');
        return text.ToString();
    }
}
