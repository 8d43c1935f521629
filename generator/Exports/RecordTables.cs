using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Exports;

/// <summary>
/// The 事前公开 tables: agencies, officers, powers, random-inspection lists, procedures and service guides, each
/// with the fields their public pages show and nothing else (no reviewers, no officer's birth year).
/// </summary>
internal static class RecordTables
{
    /// <summary>执法主体.</summary>
    public static DataTable Agencies(SiteModel model, Func<string, string> url) => new("agencies", "执法主体 Agencies", "行政执法主体的名称、职能、编制、管辖与联系方式（武汉 第七条）",
        [
            Cells.Text("id", "记录标识"), Cells.Text("name", "名称"), Cells.Text("short_name", "简称"), Cells.Text("parent_body", "上级机关"),
            Cells.Text("credit_code", "统一社会信用代码"), Cells.Text("functions", "职能"), Cells.Text("internal_bodies", "内设机构（以“；”分隔）"),
            Cells.Integer("staffing_authorized", "编制数"), Cells.Integer("staffing_in_post", "在岗人数"), Cells.Text("staffing_note", "编制说明"),
            Cells.Text("duties", "职责分工"), Cells.Text("jurisdiction", "管辖范围"), Cells.Text("enforcement_region", "执法区域"),
            Cells.Text("phone", "办公电话"), Cells.Text("supervision_phone", "监督电话"), Cells.Text("address", "办公地址"),
            Cells.Text("office_hours", "办公时间"), Cells.Boolean("confidential", "涉密机关（其执法人员不公开）"),
            Cells.Date("published", "公示日期"), Cells.Date("updated", "更新日期"), Cells.Text("url", "页面地址"),
        ],
        [.. model.Agencies.Select(a => (IReadOnlyList<string?>)
        [
            a.Id.Value, a.Name, a.ShortName, a.ParentBody, a.CreditCode?.Value, a.Functions, Cells.Join(a.InternalBodies),
            Cells.Of(a.Staffing?.Authorized), Cells.Of(a.Staffing?.InPost), a.Staffing?.Note, a.Duties, a.Jurisdiction, a.EnforcementRegion,
            a.Phone, a.SupervisionPhone, a.Address, a.OfficeHours, Cells.Of(a.Confidential), Cells.Of(a.Published), Cells.Of(a.Updated),
            url(SiteUrls.Agency(a.Id)),
        ])]);

    /// <summary>执法人员 and 辅助人员, as their pages show them (age, not birth year; never a confidential agency's).</summary>
    public static DataTable Officers(SiteModel model, Func<string, string> url) => new("officers", "执法人员 Officers", "执法人员与辅助人员的公开信息及执法证件有效期（持证上岗）",
        [
            Cells.Text("agency", "所属执法主体标识"), Cells.Text("agency_name", "所属执法主体"), Cells.Text("name", "姓名"), Cells.Text("role", "执法人员或辅助人员"),
            Cells.Text("gender", "性别"), Cells.Integer("age", "年龄（按构建日期计算）"), Cells.Text("unit", "所在单位/科室"), Cells.Text("post", "职务"),
            Cells.Text("category", "执法类别"), Cells.Text("region", "执法区域"), Cells.Text("certificate_number", "执法证件号码"),
            Cells.Date("valid_from", "证件有效期起"), Cells.Date("valid_until", "证件有效期至"), Cells.Boolean("active", "构建日期证件有效（持证上岗）"),
            Cells.Text("duties", "工作职责（辅助人员）"), Cells.Text("scope", "辅助权限（辅助人员）"), Cells.Text("url", "页面地址"),
        ],
        [.. model.Officers.Select(o => (IReadOnlyList<string?>)
        [
            o.Agency.Value, model.AgencyOf(o.Agency).Name, o.Name, ClosedSets.Roles.Chinese(o.Role),
            o.Gender is { } g ? ClosedSets.Genders.Chinese(g) : null, Cells.Of(o.BirthYear is { } y ? model.Today.Year - y : null),
            o.Unit, o.Post, o.Category, o.Region, o.Certificate?.Number.Value, Cells.Of(o.Certificate?.ValidFrom), Cells.Of(o.Certificate?.ValidUntil),
            Cells.Of(o.Certificate?.IsValidOn(model.Today) == true), o.Duties, o.Scope, url(SiteUrls.Officer(o)),
        ])]);

    /// <summary>执法事项清单, one row per item.</summary>
    public static DataTable Powers(SiteModel model, Func<string, string> url) => new("powers", "执法事项清单 Powers", "权责清单：每行一个执法事项，含类别、依据与承办机构",
        [
            Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("code", "事项编码"), Cells.Text("name", "事项名称"),
            Cells.Text("type", "事项类别"), Cells.Text("basis", "设定依据"), Cells.Text("body", "承办机构"),
            Cells.Date("published", "公示日期"), Cells.Date("updated", "更新日期"), Cells.Text("url", "页面地址"),
        ],
        [.. model.Powers.SelectMany(p => p.Items.Select(i => (IReadOnlyList<string?>)
        [
            p.Agency.Value, model.AgencyOf(p.Agency).Name, i.Code, i.Name, ClosedSets.Categories.Chinese(i.Type), i.Basis, i.Body,
            Cells.Of(p.Published), Cells.Of(p.Updated), url(SiteUrls.Powers(p.Agency)),
        ]))]);

    /// <summary>随机抽查事项清单, one row per item.</summary>
    public static DataTable InspectionLists(SiteModel model, Func<string, string> url) => new("inspection-lists", "随机抽查事项清单 Random-inspection lists", "“双随机、一公开”抽查事项：主体、依据、对象、内容、比例、方式、频次",
        [
            Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("name", "抽查事项"), Cells.Text("subject", "抽查主体"),
            Cells.Text("basis", "抽查依据"), Cells.Text("object", "抽查对象"), Cells.Text("content", "抽查内容"), Cells.Text("ratio", "抽查比例"),
            Cells.Text("method", "抽查方式"), Cells.Text("frequency", "抽查频次"), Cells.Date("published", "公示日期"), Cells.Date("updated", "更新日期"),
            Cells.Text("url", "页面地址"),
        ],
        [.. model.InspectionLists.SelectMany(l => l.Items.Select(i => (IReadOnlyList<string?>)
        [
            l.Agency.Value, model.AgencyOf(l.Agency).Name, i.Name, i.Subject, i.Basis, i.Object, i.Content, i.Ratio, i.Method, i.Frequency,
            Cells.Of(l.Published), Cells.Of(l.Updated), url(model.Powers.Any(p => p.Agency == l.Agency) ? SiteUrls.Powers(l.Agency) : "powers/"),
        ]))]);

    /// <summary>程序与样式 (the attachments' addresses, not their contents).</summary>
    public static DataTable Procedures(SiteModel model, Func<string, string> url) => new("procedures", "程序与样式 Procedures", "流程图、文书样式、裁量基准、听证基准与服装、标志、证件样式",
        [
            Cells.Text("id", "记录标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("title", "标题"),
            Cells.Text("kind", "类别"), Cells.Text("summary", "说明"), Cells.Text("attachments", "附件地址（以“；”分隔）"),
            Cells.Date("published", "公示日期"), Cells.Date("updated", "更新日期"), Cells.Text("url", "页面地址"),
        ],
        [.. model.Procedures.Select(p => (IReadOnlyList<string?>)
        [
            p.Id.Value, p.Agency.Value, model.AgencyOf(p.Agency).Name, p.Title, ClosedSets.ProcedureKinds.Chinese(p.Kind), p.Summary,
            Cells.Join(p.Attachments.Select(a => url(SiteUrls.Attachment(a.File)))), Cells.Of(p.Published), Cells.Of(p.Updated), url(SiteUrls.Procedure(p.Id)),
        ])]);

    /// <summary>服务指南.</summary>
    public static DataTable Guides(SiteModel model, Func<string, string> url) => new("guides", "服务指南 Service guides", "办事事项的依据、受理与审批机构、条件、材料、流程、时限、收费与救济渠道",
        [
            Cells.Text("id", "记录标识"), Cells.Text("agency", "执法主体标识"), Cells.Text("agency_name", "执法主体"), Cells.Text("title", "事项名称"),
            Cells.Text("power", "对应执法事项编码"), Cells.Text("basis", "设定依据"), Cells.Text("accepting_body", "受理机构"), Cells.Text("approving_body", "审批机构"),
            Cells.Text("conditions", "受理条件"), Cells.Text("preferential_policies", "优惠政策"), Cells.Text("materials", "申请材料（以“；”分隔）"),
            Cells.Text("process", "办理流程"), Cells.Text("legal_time_limit", "法定时限"), Cells.Text("promised_time_limit", "承诺时限"), Cells.Text("fees", "收费标准"),
            Cells.Text("fee_basis", "收费依据"), Cells.Text("supervision", "监督方式"), Cells.Text("liability", "责任追究"), Cells.Text("remedies", "救济渠道"),
            Cells.Text("office_hours", "办公时间"), Cells.Text("address", "办公地址"), Cells.Text("phone", "咨询电话"),
            Cells.Date("published", "公示日期"), Cells.Date("updated", "更新日期"), Cells.Text("url", "页面地址（含详细说明）"),
        ],
        [.. model.Guides.Select(g => (IReadOnlyList<string?>)
        [
            g.Id.Value, g.Agency.Value, model.AgencyOf(g.Agency).Name, g.Title, g.Power, g.Basis, g.AcceptingBody, g.ApprovingBody, g.Conditions,
            g.PreferentialPolicies, Cells.Join(g.Materials), g.Process, g.LegalTimeLimit, g.PromisedTimeLimit, g.Fees, g.FeeBasis, g.Supervision,
            g.Liability, g.Remedies, g.OfficeHours, g.Address, g.Phone, Cells.Of(g.Published), Cells.Of(g.Updated), url(SiteUrls.Guide(g.Id)),
        ])]);
}
