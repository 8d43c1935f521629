using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Exports;

/// <summary>
/// The 事中/事后 tables: process notices, decisions, inspection plans and results, annual statistics and
/// corrections. Only published records are in the model; a withdrawn decision's 已撤下 notice is not a row.
/// </summary>
internal static class ResultTables
{
    /// <summary>事中公示 (the notice text itself is on the page).</summary>
    public static DataTable Notices(SiteModel model, Func<string, string> url) => new("notices", "事中公示 Process notices", "考试成绩、摇号资格、招标拍卖与听证公告",
        [
            Cells.Text("id", "记录标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("kind", "类别"),
            Cells.Text("title", "标题"), Cells.Date("event_date", "考试、摇号、拍卖或听证日期"), Cells.Text("event_time", "时间（HH:MM）"), Cells.Text("place", "地点"),
            Cells.Text("matter", "事项"), Cells.Date("published", "公示日期"), Cells.Date("updated", "更新日期"), Cells.Date("publication_end", "公示截止日期"),
            Cells.Text("url", "页面地址（含公告全文）"),
        ],
        [.. model.Notices.Select(n => (IReadOnlyList<string?>)
        [
            n.Id.Value, n.Agency.Value, model.AgencyOf(n.Agency).Name, ClosedSets.NoticeKinds.Chinese(n.Kind), n.Title, Cells.Of(n.EventDate), n.EventTime,
            n.Place, n.Matter, Cells.Of(n.Published), Cells.Of(n.Updated), Cells.Of(n.PublicationEnd), url(SiteUrls.Notice(n)),
        ])]);

    /// <summary>执法决定: the summary fields (武汉 第十一条); an individual's name masked, never a credit code for one.</summary>
    public static DataTable Decisions(SiteModel model, Func<string, string> url) => new("decisions", "执法决定 Decisions", "行政执法决定的公示信息：执法主体、类别、对象（个人隐去真实姓名）、决定、文号、日期与依据",
        [
            Cells.Text("id", "记录标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("category", "执法类别"),
            Cells.Text("document_number", "决定书文号"), Cells.Date("decision_date", "决定日期"), Cells.Text("title", "标题"),
            Cells.Text("target_type", "执法对象类别"), Cells.Text("target_name", "执法对象（自然人姓名已隐去）"), Cells.Text("target_credit_code", "执法对象统一社会信用代码"),
            Cells.Text("summary", "执法决定"), Cells.Text("facts", "违法事实或事由"), Cells.Text("legal_basis", "依据"),
            Cells.Text("penalty_types", "处罚种类（以“；”分隔）"), Cells.Text("fine", "罚款金额（元）"), Cells.Text("confiscation", "没收金额（元）"),
            Cells.Boolean("major", "重大执法决定"), Cells.Boolean("full_text", "页面载有决定书全文"),
            Cells.Date("published", "公示日期"), Cells.Date("updated", "更新日期"), Cells.Date("publication_end", "公示截止日期"), Cells.Text("url", "页面地址"),
        ],
        [.. model.Decisions.Select(d => (IReadOnlyList<string?>)
        [
            d.Id.Value, d.Agency.Value, model.AgencyOf(d.Agency).Name, ClosedSets.Categories.Chinese(d.Category), d.DocumentNumber.Value,
            Cells.Of(d.DecisionDate), d.Title, ClosedSets.TargetTypes.Chinese(d.Target.Type), d.Target.PublicName,
            d.Target.Type == TargetType.NaturalPerson ? null : d.Target.CreditCode?.Value, d.Summary, d.Facts, d.LegalBasis,
            Cells.Join(d.Penalty?.Types ?? []), Cells.Of(d.Penalty?.Fine), Cells.Of(d.Penalty?.Confiscation), Cells.Of(d.Major),
            Cells.Of(!string.IsNullOrWhiteSpace(d.Body)), Cells.Of(d.Published), Cells.Of(d.Updated), Cells.Of(d.PublicationEnd), url(SiteUrls.Decision(d)),
        ])]);

    /// <summary>年度检查计划, one row per item.</summary>
    public static DataTable InspectionPlans(SiteModel model, Func<string, string> url) => new("inspection-plans", "年度检查计划 Inspection plans", "年度行政检查计划：每行一个检查事项，含方式、管理对象基数、检查比例与频次",
        [
            Cells.Text("id", "计划标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Integer("year", "年度"),
            Cells.Text("title", "计划标题"), Cells.Text("subject", "检查事项"), Cells.Text("method", "检查方式"), Cells.Integer("base_count", "管理对象基数"),
            Cells.Text("ratio", "检查比例（%）"), Cells.Text("frequency", "检查频次"), Cells.Date("published", "公示日期"), Cells.Text("url", "页面地址"),
        ],
        [.. model.InspectionPlans.SelectMany(p => p.Items.Select(i => (IReadOnlyList<string?>)
        [
            p.Id.Value, p.Agency.Value, model.AgencyOf(p.Agency).Name, Cells.Of(p.Year), p.Title, i.Subject, i.Method, Cells.Of(i.BaseCount),
            Cells.Of(i.Ratio), i.Frequency, Cells.Of(p.Published), url(SiteUrls.Plan(p.Id)),
        ]))]);

    /// <summary>检查结果, one row per period and agency.</summary>
    public static DataTable InspectionResults(SiteModel model, Func<string, string> url) => new("inspection-results", "检查结果 Inspection results", "按月或按季公示的行政检查结果：计划数、实查数、合格数",
        [
            Cells.Text("id", "记录标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("period", "期间（2025-Q1 或 2025-03）"),
            Cells.Text("title", "标题"), Cells.Text("summary", "概述"), Cells.Integer("planned", "计划检查数"), Cells.Integer("inspected", "实际检查数"),
            Cells.Integer("passed", "合格数"), Cells.Date("published", "公示日期"), Cells.Text("url", "页面地址"),
        ],
        [.. model.InspectionResults.Select(r => (IReadOnlyList<string?>)
        [
            r.Id.Value, r.Agency.Value, model.AgencyOf(r.Agency).Name, r.Period.ToString(), r.Title, r.Summary, Cells.Of(r.Planned), Cells.Of(r.Inspected),
            Cells.Of(r.Passed), Cells.Of(r.Published), url(SiteUrls.Result(r.Id)),
        ])]);

    /// <summary>检查结果明细, one row per inspected organisation.</summary>
    public static DataTable InspectionResultItems(SiteModel model, Func<string, string> url) => new("inspection-result-items", "检查结果明细 Inspected objects", "检查结果中每个被检查单位的检查日期与结论",
        [
            Cells.Text("result", "检查结果记录标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("period", "期间"), Cells.Text("object", "被检查单位"),
            Cells.Date("date", "检查日期"), Cells.Text("outcome", "结论（合格、不合格、责令整改）"), Cells.Text("note", "备注"), Cells.Text("url", "页面地址"),
        ],
        [.. model.InspectionResults.SelectMany(r => r.Items.Select(i => (IReadOnlyList<string?>)
        [
            r.Id.Value, r.Agency.Value, r.Period.ToString(), i.Object, Cells.Of(i.Date), ClosedSets.Outcomes.Chinese(i.Outcome), i.Note, url(SiteUrls.Result(r.Id)),
        ]))]);

    /// <summary>统计年报 with the figures computed from the records (武汉 第九条).</summary>
    public static DataTable Reports(SiteModel model, Func<string, string> url)
    {
        var categories = ClosedSets.Categories.Values.ToList();
        List<DataColumn> columns =
        [
            Cells.Integer("year", "年度"), Cells.Text("title", "标题"), Cells.Text("agency", "编制单位标识"), Cells.Integer("bodies", "执法主体数"),
            Cells.Integer("posts", "执法岗位数"), Cells.Integer("officers_in_post", "持证执法人员数"), Cells.Integer("decisions", "执法决定总数"),
            .. categories.Select(c => Cells.Integer("decisions_" + ClosedSets.Categories.Slug(c), ClosedSets.Categories.Chinese(c) + "决定数")),
            Cells.Integer("planned_inspections", "计划检查数"), Cells.Integer("inspections", "实际检查数"), Cells.Integer("inspections_passed", "检查合格数"),
            Cells.Integer("complaints_received", "收到投诉举报数"), Cells.Integer("complaints_resolved", "办结数"), Cells.Integer("complaints_substantiated", "查实数"),
            Cells.Integer("complaints_pending", "未办结数"), Cells.Integer("published_late", "逾期公示数"), Cells.Text("notes", "说明"),
            Cells.Date("published", "公示日期"), Cells.Text("url", "页面地址"),
        ];
        return new("reports", "统计年报 Annual statistics", "年度行政执法数据（武汉 第九条），除岗位数与投诉外均由公示记录计算", columns,
            [.. model.Reports.Select(r => (IReadOnlyList<string?>)
            [
                Cells.Of(r.Report.Year), r.Report.Title, r.Report.Agency.Value, Cells.Of(r.Figures.Bodies), Cells.Of(r.Figures.Posts),
                Cells.Of(r.Figures.OfficersInPost), Cells.Of(r.Figures.TotalDecisions),
                .. categories.Select(c => Cells.Of(r.Figures.DecisionsByCategory.Where(x => x.Category == c).Sum(x => x.Count))),
                Cells.Of(r.Figures.PlannedInspections), Cells.Of(r.Figures.Inspections), Cells.Of(r.Figures.InspectionsPassed),
                Cells.Of(r.Figures.Complaints?.Received), Cells.Of(r.Figures.Complaints?.Resolved), Cells.Of(r.Figures.Complaints?.Substantiated),
                Cells.Of(r.Figures.Complaints?.Pending), Cells.Of(r.Figures.PublishedLate), r.Report.Notes, Cells.Of(r.Report.Published),
                url(SiteUrls.Report(r.Report.Year)),
            ])]);
    }

    /// <summary>更正 log (武汉 第十五条); the corrected decision is named only while it is published.</summary>
    public static DataTable Corrections(SiteModel model, Func<string, string> url) => new("corrections", "更正 Corrections", "更正与更正申请的公开记录（武汉 第十五条）",
        [
            Cells.Text("id", "记录标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("kind", "更正或更正申请"),
            Cells.Date("received", "收到日期"), Cells.Text("record", "涉及的执法决定标识（仅限公示中的决定）"), Cells.Text("requester", "申请人类型"),
            Cells.Text("summary", "内容"), Cells.Text("outcome", "处理结果"), Cells.Text("reason", "理由"), Cells.Date("corrected_on", "更正日期"),
            Cells.Date("published", "公示日期"), Cells.Text("url", "页面地址"),
        ],
        [.. model.Corrections.Select(c => (IReadOnlyList<string?>)
        [
            c.Id.Value, c.Agency.Value, model.AgencyOf(c.Agency).Name, ClosedSets.CorrectionKinds.Chinese(c.Kind), Cells.Of(c.Received),
            c.Record is { } id && model.PublishedDecisionIds.Contains(id.Value) ? id.Value : null, c.Requester, c.Summary,
            ClosedSets.CorrectionOutcomes.Chinese(c.Outcome), c.Reason, Cells.Of(c.CorrectedOn), Cells.Of(c.Published), url("corrections/"),
        ])]);
}
