using System.Collections.Frozen;
using System.Globalization;

namespace Disclosure.Generator.Diagnostics;

/// <summary>
/// zh-CN and English texts for every code, keyed by code. Placeholders {0}, {1} … take the diagnostic's
/// arguments, which are field names, ids and masked values only.
/// </summary>
internal static class MessageCatalogue
{
    private const string ZhSchema = "内容格式说明（README「内容模型」）";
    private const string EnSchema = "content model (README, \"Content model\")";
    private const string ZhImport = "武汉市行政执法公示办法 第五条（创新公开方式）；README「导入 import」";
    private const string EnImport = "Wuhan disclosure measures, art. 5; README, \"Import\"";

    private static readonly FrozenDictionary<string, (MessageTemplate Zh, MessageTemplate En)> Messages =
        new Dictionary<string, (MessageTemplate, MessageTemplate)>
        {
            [RuleCodes.MalformedYaml] = (
                new("YAML 格式错误：{0}", ZhSchema, "检查该行的缩进、冒号后的空格和引号是否成对；文字中含有冒号时请用引号括起。"),
                new("malformed YAML: {0}", EnSchema, "check the indentation, the space after each colon and paired quotes; quote text that contains a colon.")),
            [RuleCodes.MissingField] = (
                new("缺少必填字段 {0}。", ZhSchema, "添加 {0}: 并填写内容。"),
                new("required field {0} is missing.", EnSchema, "add {0}: with a value.")),
            [RuleCodes.UnknownField] = (
                new("未知字段 {0}，内容不会被忽略而是被拒绝。", ZhSchema, "检查拼写；允许的字段有：{1}。"),
                new("unknown field {0}; it is refused, not ignored.", EnSchema, "check the spelling; allowed fields: {1}.")),
            [RuleCodes.WrongType] = (
                new("字段 {0} 应为{1}。", ZhSchema, "按{1}的格式改写该字段。"),
                new("field {0} must be {1}.", EnSchema, "rewrite the field as {1}.")),
            [RuleCodes.InvalidDate] = (
                new("字段 {0} 的日期“{1}”无效或不存在。", ZhSchema, "使用 YYYY-MM-DD 格式的真实日期，例如 2025-03-07。"),
                new("field {0}: date \"{1}\" is malformed or does not exist.", EnSchema, "use a real date as YYYY-MM-DD, e.g. 2025-03-07.")),
            [RuleCodes.DuplicateId] = (
                new("编号 {0} 重复，已在 {1} 使用。", ZhSchema, "为其中一条记录改用新的 id；已公开记录的 id 不应更改。"),
                new("id {0} is used twice; it is already used in {1}.", EnSchema, "give one of the records a new id; never change the id of a published record.")),
            [RuleCodes.UnknownAgency] = (
                new("执法主体 {0} 不存在。", "武汉市行政执法公示办法 第七条（执法主体信息）", "在 content/agencies/ 中添加该主体，或改用已有主体的 id：{1}。"),
                new("agency {0} does not exist.", "Wuhan disclosure measures, art. 7 (enforcement bodies)", "add the agency under content/agencies/, or use an existing id: {1}.")),
            [RuleCodes.UnknownOfficer] = (
                new("执法人员 {0} 不存在或不属于本主体。", "武汉市行政执法公示办法 第七条（执法人员信息）", "在 content/officers/ 中添加该人员，或改用已有人员的 id。"),
                new("officer {0} does not exist or belongs to another agency.", "Wuhan disclosure measures, art. 7 (officers)", "add the officer under content/officers/, or use an existing officer id.")),
            [RuleCodes.MissingAttachment] = (
                new("附件文件 {0} 不存在。", ZhSchema, "把文件放到 content/attachments/{0}，或更正 file 路径。"),
                new("attachment file {0} does not exist.", EnSchema, "place the file at content/attachments/{0}, or correct the file path.")),
            [RuleCodes.UnknownValue] = (
                new("字段 {0} 的值“{1}”不在允许范围内。", ZhSchema, "改为以下值之一：{2}。"),
                new("field {0}: value \"{1}\" is not allowed.", EnSchema, "use one of: {2}.")),
            [RuleCodes.InvalidId] = (
                new("编号“{0}”格式不正确。", ZhSchema, "id 只能由小写字母、数字和连字符 - 组成，且以字母或数字开头，最长 64 个字符。"),
                new("id \"{0}\" is malformed.", EnSchema, "an id uses lower-case letters, digits and '-', starts with a letter or digit, at most 64 characters.")),
            [RuleCodes.FrontMatter] = (
                new("Markdown 文件的元数据（front matter）{0}。", ZhSchema, "文件第一行写 ---，随后是 YAML 字段，再以单独一行 --- 结束，之后是正文。"),
                new("the Markdown front matter {0}.", EnSchema, "start the file with a line ---, then the YAML fields, then a line --- before the body.")),
            [RuleCodes.UnknownLocation] = (
                new("文件 {0} 不在任何记录目录中，或扩展名不受支持。", ZhSchema, "把记录放到 content/ 下对应类型的目录（{1}），扩展名为 .yml 或 .md。"),
                new("file {0} is not in a record folder, or its extension is not supported.", EnSchema, "place records in the folder of their kind under content/ ({1}), as .yml or .md.")),
            [RuleCodes.InvalidCreditCode] = (
                new("统一社会信用代码 {0} 未通过校验。", "GB 32100-2015 法人和其他组织统一社会信用代码编码规则", "核对代码；确认登记机关发放的代码本身校验不通过时，可保留并由审核人确认。"),
                new("unified social credit code {0} fails its checksum.", "GB 32100-2015", "check the code; if the registry really issued a code that fails the checksum, keep it and let the reviewer confirm.")),
            [RuleCodes.UnknownRecord] = (
                new("引用的记录 {0} 不存在。", ZhSchema, "改用已有记录的 id，或删除该引用。"),
                new("referenced record {0} does not exist.", EnSchema, "use the id of an existing record, or remove the reference.")),
            [RuleCodes.InvalidValue] = (
                new("字段 {0} 的值不合理：{1}。", ZhSchema, "更正该值。"),
                new("field {0} has an impossible value: {1}.", EnSchema, "correct the value.")),
            [RuleCodes.UnreadableFile] = (
                new("无法读取文件：{0}。", ZhSchema, "以 UTF-8 编码保存该文件。"),
                new("the file cannot be read: {0}.", EnSchema, "save the file as UTF-8.")),
            [RuleCodes.DuplicateCertificate] = (
                new("执法证件号码 {0} 重复，已在 {1} 使用。", "武汉市行政执法公示办法 第七条（执法证件号码）", "核对证件号码；每张执法证件只能对应一名执法人员。"),
                new("certificate number {0} is used twice; it is already used in {1}.", "Wuhan disclosure measures, art. 7 (certificate numbers)", "check the number; one certificate belongs to one officer.")),
            [RuleCodes.LatePublication] = (
                new("{0}结果应在决定作出后 {1} 个工作日内公示（最迟 {3}），本条迟了 {2} 个工作日。", "武汉市行政执法公示办法 第十一条第一款", "填写 late_reason（逾期原因）或 legal_exception（法律、行政法规另有规定的依据），或更正 decision_date / published。"),
                new("{0} results must be published within {1} working days of the decision (by {3}); this one is {2} working day(s) late.", "Wuhan disclosure measures, art. 11, para. 1", "add late_reason or legal_exception, or correct decision_date / published.")),
            [RuleCodes.LateWithReason] = (
                new("本条逾期 {0} 个工作日公示，已说明原因，计入逾期统计。", "武汉市行政执法公示办法 第十一条第一款", "无需处理。"),
                new("published {0} working day(s) late with a recorded reason; counted as late.", "Wuhan disclosure measures, art. 11, para. 1", "nothing to do.")),
            [RuleCodes.BackDated] = (
                new("新增记录的公示日期 {0} 早于实际发布日期 {1}，公示日期不得倒签。", "武汉市行政执法公示办法 第四条（在法定期限内公开）", "删除 published 字段（以合并日期为准），或改为 {1}。"),
                new("a new record claims publication on {0}, before it is actually published on {1}; no back-dating.", "Wuhan disclosure measures, art. 4", "remove published (the merge date counts), or set it to {1}.")),
            [RuleCodes.LateWithdrawal] = (
                new("撤下日期 {0} 晚于收到撤销等决定后 {1} 个工作日的期限（最迟 {2}）。", "武汉市行政执法公示办法 第十一条第三款；《行政处罚法》第四十八条", "按实际情况更正 withdrawal.date，并在 withdrawal.note 中说明延迟原因；今后应及时撤下。"),
                new("taken down on {0}, later than {1} working days after the revoking decision arrived (by {2}).", "Wuhan disclosure measures, art. 11, para. 3; Administrative Penalty Law, art. 48", "correct withdrawal.date to the real day and explain the delay in withdrawal.note.")),
            [RuleCodes.WithdrawalUndated] = (
                new("撤下记录缺少 received（收到撤销、变更等决定的日期），无法核对是否及时撤下。", "武汉市行政执法公示办法 第十一条第三款", "在 withdrawal 下填写 received: YYYY-MM-DD。"),
                new("the withdrawal has no received date (when the revoking decision arrived), so its timeliness cannot be checked.", "Wuhan disclosure measures, art. 11, para. 3", "add received: YYYY-MM-DD under withdrawal.")),
            [RuleCodes.MinorNotExcluded] = (
                new("字段 {0} 提及未成年人，但记录未填写不予公布的理由。", "武汉市行政执法公示办法 第十二条第（一）项", "行政相对人属于未成年人的，填写 exclusion: {{reason: 未成年人}}；否则改写相关表述。"),
                new("field {0} mentions a minor, but the record has no exclusion.", "Wuhan disclosure measures, art. 12 (1)", "if the party is a minor, add exclusion: {{reason: 未成年人}}; otherwise reword the text.")),
            [RuleCodes.PersonalData] = (
                new("字段 {0} 含有{1}（{2}），不得公开。", "武汉市行政执法公示办法 第十一条第二款", "删除该信息，或按规定隐去（自然人姓名写作“张某”）。"),
                new("field {0} contains {1} ({2}), which must not be published.", "Wuhan disclosure measures, art. 11, para. 2", "remove it, or mask it (a person's name as 张某).")),
            [RuleCodes.UnmaskedTarget] = (
                new("自然人执法对象的姓名未隐去，应写作 {0}。", "武汉市行政执法公示办法 第十一条第二款（个人应隐去真实姓名）", "把 target.name 改为 {0}。"),
                new("the name of an individual party is not masked; write {0}.", "Wuhan disclosure measures, art. 11, para. 2", "set target.name to {0}.")),
            [RuleCodes.PublicationEnded] = (
                new("公示期已于 {0} 届满，本次构建不再发布该记录。", "site.yml rules.publication_months / publication_end；信用修复管理办法", "无需处理；如确需继续公示，修改 publication_end。"),
                new("its publication period ended on {0}; the build no longer publishes it.", "site.yml rules.publication_months / publication_end", "nothing to do; to keep publishing it, change publication_end.")),
            [RuleCodes.CertificateNotValid] = (
                new("承办执法人员 {0} 的执法证件在决定日期 {1} 无效。", "武汉市行政执法公示办法 第十三条；盘山县行政执法公示管理办法 3(2)（持证上岗）", "更正 officers 中的承办人员，或核对该人员的证件有效期。"),
                new("officer {0} held no valid certificate on the decision date {1}.", "Wuhan disclosure measures, art. 13 (certified officers only)", "correct the officers list, or check the certificate's validity.")),
            [RuleCodes.ReportMissing] = (
                new("{0} 年度行政执法统计年报应于 {1} 前公示，目前尚未发布。", "武汉市行政执法公示办法 第九条", "在 content/reports/ 中添加 {0} 年度统计年报。"),
                new("the {0} annual statistics report was due by {1} and is not published.", "Wuhan disclosure measures, art. 9", "add the {0} report under content/reports/.")),
            [RuleCodes.PlanMissing] = (
                new("{0} 的 {1} 年度检查计划应于 {2} 前公示，目前尚未发布。", "武汉市行政执法公示办法 第十条第一款", "在 content/inspection-plans/ 中添加该计划。"),
                new("{0}'s {1} inspection plan was due by {2} and is not published.", "Wuhan disclosure measures, art. 10, para. 1", "add the plan under content/inspection-plans/.")),
            [RuleCodes.ResultsMissing] = (
                new("{0} {1} 的检查结果应于 {2} 前公示，目前尚未发布。", "武汉市行政执法公示办法 第十条第三款", "在 content/inspection-results/ 中添加该期结果（没有检查的，也应公示“本期无检查”）。"),
                new("{0}'s inspection results for {1} were due by {2} and are not published.", "Wuhan disclosure measures, art. 10, para. 3", "add the period's results under content/inspection-results/ (publish a nil return if there were none).")),
            [RuleCodes.NotApproved] = (
                new("改动 {0} 未经 {1} 的审核人批准（审核人：{2}）。", "武汉市行政执法公示办法 第三条第二款（经分管负责人审定后公示）", "请该主体的审核人在拉取请求中批准（Approve）。"),
                new("the change to {0} is not approved by a reviewer of {1} (reviewers: {2}).", "Wuhan disclosure measures, art. 3, para. 2", "ask one of the agency's reviewers to approve the pull request.")),
            [RuleCodes.MajorNotApproved] = (
                new("重大执法决定 {0} 未经主要负责人审定（{1}）。", "武汉市行政执法公示办法 第三条第二款（重大行政执法决定经主要负责人审定）", "请主要负责人在拉取请求中批准（Approve）。"),
                new("major decision {0} is not approved by the principal head ({1}).", "Wuhan disclosure measures, art. 3, para. 2", "ask the principal head to approve the pull request.")),
            [RuleCodes.CalendarMissing] = (
                new("缺少 {0} 年的节假日安排数据，无法计算工作日。", "国务院办公厅关于{0}年部分节假日安排的通知", "升级本工具，或在 content/calendar/{0}.yml 中按通知填写 holidays 和 workdays。"),
                new("no holiday calendar for {0}; working days cannot be counted.", "State Council holiday notice for {0}", "upgrade the tool, or add content/calendar/{0}.yml with holidays and workdays from the notice.")),
            [RuleCodes.OutputPersonalData] = (
                new("即将发布的文件 {0} 含有{1}（{2}），已停止写入。", "武汉市行政执法公示办法 第六条、第十一条第二款", "找到该信息的来源记录并删除或隐去，然后重新构建。"),
                new("the output file {0} would publish {1} ({2}); nothing was written.", "Wuhan disclosure measures, arts. 6 and 11", "find the record it comes from, remove or mask it, and build again.")),
            [RuleCodes.CalendarInvalid] = (
                new("节假日数据格式错误：{0}", "国务院办公厅部分节假日安排的通知", "holidays 和 workdays 为 YYYY-MM-DD 日期列表。"),
                new("the holiday calendar is malformed: {0}", "State Council holiday notices", "holidays and workdays are lists of YYYY-MM-DD dates.")),
            [RuleCodes.PropertyStatusReview] = (
                new("字段 {0} 可能涉及个人财产状况（{1}），请审核人确认。", "武汉市行政执法公示办法 第十一条第二款（隐去财产状况）", "确属个人财产状况的，删除或概括表述；属于违法所得、罚没金额等执法信息的，可保留。"),
                new("field {0} may describe a person's property ({1}); a reviewer should confirm.", "Wuhan disclosure measures, art. 11, para. 2", "remove or generalise a person's property details; enforcement amounts may stay.")),
            [RuleCodes.UnsafeLink] = (
                new("正文中的链接或图片地址“{0}”使用了不安全的协议。", "武汉市行政执法公示办法 第六条（公示应当准确、便民）；网站安全要求", "只使用 https://、http://、mailto: 或站内相对地址。"),
                new("a link or image address \"{0}\" in the text uses an unsafe scheme.", "Wuhan disclosure measures, art. 6; site security", "use only https://, http://, mailto: or a relative address.")),
            [RuleCodes.ImportMappingInvalid] = (
                new("导入映射文件有误：{0}。", ZhImport, "按 README「导入 import」一节改写映射文件；可导入的字段有：{1}。"),
                new("the import mapping is wrong: {0}.", EnImport, "rewrite the mapping as the README's \"Import\" section shows; importable fields: {1}.")),
            [RuleCodes.ImportExportUnreadable] = (
                new("无法读取导出文件：{0}。", ZhImport, "导出为 UTF-8（可带 BOM）或 GB18030 编码的 CSV（首行为列名），或由对象组成的 JSON 数组。"),
                new("the export cannot be read: {0}.", EnImport, "export CSV in UTF-8 (a BOM is fine) or GB18030 with a header row, or JSON as an array of objects.")),
            [RuleCodes.ImportColumnMissing] = (
                new("映射中字段 {1} 引用的列“{0}”在导出文件中不存在。", ZhImport, "核对列名（区分全角半角括号），或修改映射文件。"),
                new("column \"{0}\", mapped to field {1}, is not in the export.", EnImport, "check the column name (full-width and half-width brackets differ), or change the mapping.")),
            [RuleCodes.ImportMissingValue] = (
                new("第 {0} 行缺少必填字段 {1}（{2}）；该行未导入，其余各行照常导入。", ZhImport, "在办案系统中补全该项后重新导出并导入，或在映射文件中为 {1} 指定列。"),
                new("row {0} has no value for the required field {1} ({2}); the row is not imported, the others are.", EnImport, "complete it in the case-handling system and import again, or map {1} to a column.")),
            [RuleCodes.ImportBadValue] = (
                new("第 {0} 行“{1}”列的值不是有效的{2}；该行未导入。", ZhImport, "更正该单元格，或在映射文件中为该字段设置 {3}。"),
                new("row {0}, column \"{1}\": the value is not a valid {2}; the row is not imported.", EnImport, "correct the cell, or set {3} for the field in the mapping.")),
            [RuleCodes.ImportUnknownValue] = (
                new("第 {0} 行“{1}”列的值不在字段 {2} 的允许范围内；该行未导入。", ZhImport, "改为以下值之一：{3}；或在映射文件的 values 中为该值指定对应项。"),
                new("row {0}, column \"{1}\": the value is not allowed for field {2}; the row is not imported.", EnImport, "use one of: {3}; or map the value under values in the mapping.")),
            [RuleCodes.ImportPersonalData] = (
                new("第 {0} 行“{1}”列含有疑似{2}（规则 {3}），为防止公开个人信息，该行未导入。", "武汉市行政执法公示办法 第十一条第二款（个人隐私应作处理）", "在办案系统中删除或隐去该信息后重新导出并导入；身份证号、电话等只应出现在不导入的列中。"),
                new("row {0}, column \"{1}\" seems to hold a {2} (rule {3}); the row is not imported, so that personal data is not published.", "Wuhan disclosure measures, art. 11, para. 2", "remove or mask it in the case-handling system and import again; ID numbers and phones belong in columns the mapping does not import.")),
            [RuleCodes.ImportDuplicateNumber] = (
                new("第 {0} 行的决定书文号{1}；该行未导入。", ZhImport, "每个决定书文号只对应一条记录：删除重复行，或更正文号。"),
                new("row {0}: the document number {1}; the row is not imported.", EnImport, "one document number is one record: remove the duplicate row or correct the number.")),
            [RuleCodes.ImportFileDiffers] = (
                new("第 {0} 行对应的文件 {1} 已存在且内容不同，未覆盖。", ZhImport, "核对导出内容无误后加 --update 重新导入以覆盖，或直接编辑该文件。"),
                new("row {0}: the file {1} exists with different content; it was not overwritten.", EnImport, "if the export is right, import again with --update to replace it, or edit the file.")),
            [RuleCodes.ImportFailsCheck] = (
                new("第 {0} 行转换后的记录不能通过检查（{1}）：{2} 该行未导入。", ZhImport, "在映射中补充所需字段（例如逾期公示时映射 late_reason），或导入后手工编辑记录。"),
                new("row {0}: the converted record would fail check ({1}): {2} The row is not imported.", EnImport, "map the field the rule needs (e.g. late_reason for a late result), or edit the record by hand.")),
            [RuleCodes.MissingConfiguration] = (
                new("找不到站点配置文件 site.yml。", ZhSchema, "在站点根目录运行命令，或用 disclosure init 目录 创建新站点。"),
                new("site.yml was not found.", EnSchema, "run the command in the site's root folder, or create a site with disclosure init DIR.")),
            [RuleCodes.BaseUrlMissing] = (
                new("site.yml 未设置正式网址 base_url（或仍为 .invalid 占位地址），未生成 Atom 订阅和 sitemap.xml。", "政府网站发展指引（国办发〔2017〕47号）网页元数据；RFC 4287；sitemaps.org 协议", "在 site.yml 中填写 base_url: https://…/（本站对外的正式网址，以 / 结尾）。"),
                new("site.yml has no real base_url (or keeps a .invalid placeholder); the Atom feeds and sitemap.xml were not written.", "Government website guide (State Council 2017 No. 47), page metadata; RFC 4287; sitemaps.org protocol", "set base_url: https://…/ in site.yml (the site's public address, ending in /).")),
            [RuleCodes.TemplateError] = (
                new("模板 {0} 出错：{1}", "主题说明（README「主题」）", "修正该模板；站点 themes/ 目录中的同名文件会覆盖默认主题。"),
                new("template {0} failed: {1}", "theme reference (README, \"Themes\")", "fix the template; a file of the same path in the site's themes/ folder overrides the default theme.")),
            [RuleCodes.OutputError] = (
                new("无法写入输出目录：{0}", "—", "检查输出目录的权限和磁盘空间；原有站点未被改动。"),
                new("the output folder cannot be written: {0}", "—", "check the folder's permissions and free disk space; the previous site is unchanged.")),
            [RuleCodes.OutputLocked] = (
                new("另一个构建正在写入输出目录 {0}。", "—", "等待另一个构建结束后重试。"),
                new("another build is writing the output folder {0}.", "—", "wait for the other build to finish, then try again.")),
            [RuleCodes.UnknownGitRef] = (
                new("无法比较改动：{0}", "—", "确认站点位于 Git 仓库中，并且 --changed-since 指定的分支或提交存在（CI 中检出时使用 fetch-depth: 0）。"),
                new("cannot compare changes: {0}", "—", "make sure the site is in a Git repository and the --changed-since ref exists (check out with fetch-depth: 0 in CI).")),
            [RuleCodes.InternalError] = (
                new("内部错误（工具缺陷，不是内容问题）：{0}", "—", "请把此消息和所用命令报告给维护者。"),
                new("internal error (a bug in the tool, not in your content): {0}", "—", "please report this message and the command you ran to the maintainers.")),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when the catalogue has texts for the code.</summary>
    public static bool Has(string code) => Messages.ContainsKey(code);

    /// <summary>The three message parts of a diagnostic in the chosen language, arguments filled in.</summary>
    public static MessageTemplate Render(Diagnostic diagnostic, MessageLanguage language)
    {
        var pair = Messages[diagnostic.Code];
        var template = language == MessageLanguage.English ? pair.En : pair.Zh;
        var args = diagnostic.Arguments.Cast<object>().ToArray();
        return new MessageTemplate(
            Fill(template.What, args),
            template.Source,
            Fill(template.Fix, args));
    }

    private static string Fill(string format, object[] args)
    {
        // Missing arguments show as empty rather than failing: a message must never crash a run.
        var padded = args.Length >= 4 ? args : [.. args, .. Enumerable.Repeat<object>(string.Empty, 4 - args.Length)];
        return string.Format(CultureInfo.InvariantCulture, format, padded);
    }
}
