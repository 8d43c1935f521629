using System.Globalization;
using Disclosure.Generator.Calendar;

namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>Writes random-inspection lists, each year's plan, quarterly results and the annual reports.</summary>
internal sealed class InspectionRecordsWriter(Random random, FictionalNames names, CorpusFiles files, WorkdayCalendar calendar)
{
    public void List(AgencySpec agency) => files.Write($"content/inspection-lists/{agency.Id}.yml", new YamlText()
        .Raw("id", agency.Id).Raw("agency", agency.Id).Date("published", new DateOnly(2024, 1, 5)).Open("items")
        .Element("name", agency.ShortName + "日常监督检查", 2).Text("subject", agency.ShortName, 4)
        .Text("basis", "相关法律法规第五十七条", 4).Text("object", "辖区内管理对象", 4).Text("content", "证照、台账、现场管理", 4)
        .Text("ratio", "5%", 4).Text("method", "现场检查", 4).Text("frequency", "每年 1 次", 4).ToString());

    public void Plan(AgencySpec agency, int year) => files.Write(
        string.Create(CultureInfo.InvariantCulture, $"content/inspection-plans/{agency.Id}-{year}.yml"), new YamlText()
        .Raw("id", string.Create(CultureInfo.InvariantCulture, $"{agency.Id}-{year}")).Raw("agency", agency.Id)
        .Number("year", year).Text("title", string.Create(CultureInfo.InvariantCulture, $"{agency.Name}{year}年度行政检查计划"))
        .Date("published", Workday(new DateOnly(year, 2, 20))).Open("items")
        .Element("subject", agency.ShortName + "日常监督检查", 2).Text("method", "双随机抽查", 4)
        .Number("base_count", random.Next(50, 600), 4).Number("ratio", 5, 4).Text("frequency", "每年 1 次", 4).ToString());

    /// <summary>The quarter's results, published within a few working days after it ends; false if after today.</summary>
    public bool Result(AgencySpec agency, int year, int quarter, DateOnly today)
    {
        var end = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
        calendar.TryAddWorkdays(end, 5, out var published, out _);
        if (published > today)
        {
            return false;
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"{agency.Id}-{year}-q{quarter}");
        var inspected = random.Next(8, 40);
        var yaml = new YamlText().Raw("id", id).Raw("agency", agency.Id)
            .Raw("period", string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"))
            .Text("title", string.Create(CultureInfo.InvariantCulture, $"{agency.Name}{year}年第{quarter}季度监督检查结果"))
            .Date("published", published)
            .Text("summary", string.Create(CultureInfo.InvariantCulture, $"本季度实际检查 {inspected} 户，下表列出部分检查结果。"))
            .Number("planned", inspected).Number("inspected", inspected).Number("passed", inspected - 1).Open("items");
        for (var i = 0; i < 4; i++)
        {
            yaml.Element("object", names.Company(), 2)
                .Date("date", Workday(new DateOnly(year, (quarter * 3) - 2, 3 + (i * 5))), 4)
                .Raw("outcome", i == 0 ? "责令整改" : "合格", 4);
        }

        files.Write(string.Create(CultureInfo.InvariantCulture, $"content/inspection-results/{year}/{id}.yml"), yaml.ToString());
        return true;
    }

    public void Report(AgencySpec compiler, int year) => files.Write(
        string.Create(CultureInfo.InvariantCulture, $"content/reports/{year}.yml"), new YamlText()
        .Text("id", year.ToString(CultureInfo.InvariantCulture)).Raw("agency", compiler.Id).Number("year", year)
        .Text("title", string.Create(CultureInfo.InvariantCulture, $"江岭市{year}年度行政执法数据统计年报"))
        .Date("published", Workday(new DateOnly(year + 1, 1, 20))).Number("posts", random.Next(800, 1500))
        .Open("complaints").Number("received", 300, 2).Number("resolved", 290, 2).Number("substantiated", 40, 2).Number("pending", 10, 2)
        .Text("notes", "本年报由江岭市司法局汇总编制；执法数据由公示平台依据已公示记录自动计算。").ToString());

    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    public DateOnly Workday(DateOnly day)
    {
        while (!calendar.TryIsWorkday(day, out var workday, out _) || !workday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
