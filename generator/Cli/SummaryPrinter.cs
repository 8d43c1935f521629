using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Model;
using Disclosure.Generator.Pipeline;

namespace Disclosure.Generator.Cli;

/// <summary>Prints what a build read, wrote and withheld, and how long it took.</summary>
internal static class SummaryPrinter
{
    /// <summary>The summary after a successful run.</summary>
    public static void Print(BuildResult result, string? output, TimeSpan elapsed, MessageLanguage language, TextWriter writer)
    {
        var en = language == MessageLanguage.English;
        var r = result.Records;
        (string Zh, string En, int Count)[] kinds =
        [
            ("执法主体", "agencies", r.Agencies.Count), ("执法人员", "officers", r.Officers.Count), ("权责清单", "power lists", r.Powers.Count),
            ("抽查清单", "inspection lists", r.InspectionLists.Count), ("程序与样式", "procedures", r.Procedures.Count),
            ("服务指南", "guides", r.Guides.Count), ("事中公示", "notices", r.Notices.Count), ("执法决定", "decisions", r.Decisions.Count),
            ("检查计划", "inspection plans", r.InspectionPlans.Count), ("检查结果", "inspection results", r.InspectionResults.Count),
            ("统计年报", "reports", r.Reports.Count), ("更正", "corrections", r.Corrections.Count),
        ];
        writer.WriteLine(en ? "Records read:" : "读取记录：");
        writer.WriteLine("  " + string.Join(en ? ", " : "，", kinds.Select(k => $"{(en ? k.En : k.Zh)} {k.Count}")));
        var withheld = result.Withheld;
        string W(PublicationState s) => withheld.GetValueOrDefault(s).ToString(CultureInfo.InvariantCulture);
        writer.WriteLine(en
            ? $"Withheld: excluded {W(PublicationState.Excluded)}, withdrawn {W(PublicationState.Withdrawn)}, expired {W(PublicationState.Expired)}, scheduled {W(PublicationState.Scheduled)}, confidential officers {W(PublicationState.Confidential)}"
            : $"未公开：不予公布 {W(PublicationState.Excluded)}，已撤下 {W(PublicationState.Withdrawn)}，公示期满 {W(PublicationState.Expired)}，尚未到公示日期 {W(PublicationState.Scheduled)}，涉密机关人员 {W(PublicationState.Confidential)}");
        var files = result.Plan?.Count ?? 0;
        var written = result.Plan?.Written ?? 0;
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        writer.WriteLine(output is null
            ? (en ? $"Checked: {result.Pages} pages would be written. Time {seconds} s." : $"检查通过：将生成 {result.Pages} 个页面。用时 {seconds} 秒。")
            : (en ? $"Built {result.Pages} pages ({files} files, {written} written) to {output}. Time {seconds} s." : $"已生成 {result.Pages} 个页面（共 {files} 个文件，本次写入 {written} 个）到 {output}。用时 {seconds} 秒。"));
    }

    /// <summary>Stage times, one per line.</summary>
    public static void PrintTimings(StageTimings timings, TextWriter writer)
    {
        foreach (var (stage, time) in timings.Stages)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} {time.TotalMilliseconds,9:0.0} ms"));
        }
    }
}
