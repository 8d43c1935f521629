using System.Globalization;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Exports;

/// <summary>
/// The 双公示 exports (发改办财金〔2018〕424号): 行政处罚 and 行政许可 results with exactly the Chinese column names
/// and order of the current 信用中国 field lists, dates as YYYY/MM/DD, amounts in 万元 with six decimals and
/// 2099/12/31 for an open-ended validity. Columns with no source field in the record model stay empty; the
/// export-only identity columns (证件号码, 法定代表人证件号码) are always empty in the public output.
/// </summary>
internal static class ShuanggongshiTables
{
    /// <summary>The date written for a validity with no end.</summary>
    public const string OpenEnded = "2099/12/31";

    /// <summary>A YYYY/MM/DD cell, or empty.</summary>
    public const string DatePattern = "^([0-9]{4}/[0-9]{2}/[0-9]{2})?$";

    /// <summary>An amount in 万元 with six decimals, or empty.</summary>
    public const string AmountPattern = "^([0-9]+\\.[0-9]{6})?$";

    private const string Empty = "";

    /// <summary>The 行政处罚 columns, in the standard's order.</summary>
    public static readonly IReadOnlyList<DataColumn> PenaltyColumns =
    [
        .. PartyColumns(),
        Col("行政处罚决定书文号", "决定书文号 document_number"),
        Col("违法行为类型", "无对应字段，留空 (no source field)"),
        Col("违法事实", "facts"),
        Col("处罚依据", "legal_basis"),
        Col("处罚类别", "penalty.types，以“；”分隔"),
        Col("处罚内容", "summary"),
        Col("罚款金额（万元）", "penalty.fine ÷ 10000，六位小数", AmountPattern),
        Col("没收违法所得、没收非法财物的金额（万元）", "penalty.confiscation ÷ 10000，六位小数", AmountPattern),
        Col("暂扣或吊销证照名称及编号", "无对应字段，留空 (no source field)"),
        Col("处罚决定日期", "decision_date，YYYY/MM/DD", DatePattern),
        Col("处罚有效期", "未记录处罚效力截止，一律为 2099/12/31（长期）", DatePattern),
        Col("公示截止期", "publication_end，或按 site.yml rules.publication_months 计算；无截止时留空", DatePattern),
        Col("处罚机关", "执法主体名称"),
        Col("处罚机关统一社会信用代码", "执法主体 credit_code"),
        Col("数据来源单位", "执法主体名称（谁执法、谁公示）"),
        Col("数据来源单位统一社会信用代码", "执法主体 credit_code"),
        Col("备注", "留空 (empty)"),
    ];

    /// <summary>The 行政许可 columns, in the order of the standard's Excel export.</summary>
    public static readonly IReadOnlyList<DataColumn> LicenceColumns =
    [
        .. PartyColumns(),
        Col("行政许可决定文书名称", "无对应字段，留空 (no source field)"),
        Col("行政许可决定文书号", "决定书文号 document_number"),
        Col("许可类别", "无对应字段，留空 (no source field)"),
        Col("许可证书名称", "无对应字段，留空 (no source field)"),
        Col("许可编号", "无对应字段，留空 (no source field)"),
        Col("许可内容", "summary"),
        Col("许可决定日期", "decision_date，YYYY/MM/DD", DatePattern),
        Col("有效期自", "decision_date（许可自决定之日起生效）", DatePattern),
        Col("有效期至", "未记录有效期截止，一律为 2099/12/31（长期）", DatePattern),
        Col("许可机关", "执法主体名称"),
        Col("许可机关统一社会信用代码", "执法主体 credit_code"),
        Col("当前状态", "1 = 有效（撤下、不予公布的决定不在文件中）", "^[12]$"),
        Col("数据来源单位", "执法主体名称（谁执法、谁公示）"),
        Col("数据来源单位统一社会信用代码", "执法主体 credit_code"),
        Col("备注", "留空 (empty)"),
    ];

    /// <summary>行政处罚 results.</summary>
    public static DataTable Penalties(SiteModel model) => new("shuanggongshi-xzcf", "双公示 行政处罚 Penalty results (信用中国)",
        "公示中的行政处罚决定，按信用中国“双公示”行政处罚数据标准的列名与顺序；证件号码等仅供报送的列在公开文件中恒为空",
        PenaltyColumns,
        [.. model.Decisions.Where(d => d.Category == DecisionCategory.Penalty).Select(d => (IReadOnlyList<string?>)
        [
            .. Party(d),
            d.DocumentNumber.Value, Empty, d.Facts ?? Empty, d.LegalBasis, Cells.Join(d.Penalty?.Types ?? []) ?? Empty, d.Summary,
            TenThousands(d.Penalty?.Fine), TenThousands(d.Penalty?.Confiscation), Empty, Date(d.DecisionDate), OpenEnded,
            Date(PublicationStateResolver.EndOf(d, model.Config.Rules)), .. Source(model, d), Empty,
        ])]);

    /// <summary>行政许可 results.</summary>
    public static DataTable Licences(SiteModel model) => new("shuanggongshi-xzxk", "双公示 行政许可 Licensing results (信用中国)",
        "公示中的行政许可决定，按信用中国“双公示”行政许可数据标准的列名与顺序；证件号码等仅供报送的列在公开文件中恒为空",
        LicenceColumns,
        [.. model.Decisions.Where(d => d.Category == DecisionCategory.License).Select(d => (IReadOnlyList<string?>)
        [
            .. Party(d),
            Empty, d.DocumentNumber.Value, Empty, Empty, Empty, d.Summary, Date(d.DecisionDate), Date(d.DecisionDate), OpenEnded,
            .. Source(model, d).Take(2), "1", .. Source(model, d).Skip(2), Empty,
        ])]);

    /// <summary>An amount in yuan as 万元 with six decimals, exact (decimal, never floating point).</summary>
    public static string TenThousands(decimal? yuan) =>
        yuan is { } y ? decimal.Round(y / 10000m, 6, MidpointRounding.AwayFromZero).ToString("0.000000", CultureInfo.InvariantCulture) : Empty;

    /// <summary>A date as YYYY/MM/DD, or empty.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) ?? Empty;

    private static DataColumn Col(string name, string description, string? pattern = null) => new(name, DataType.Cell, description, pattern);

    private static IEnumerable<DataColumn> PartyColumns() =>
    [
        Col("行政相对人名称", "target.name；自然人姓名已隐去（张某）"),
        Col("行政相对人类别", "target.type：法人及非法人组织、自然人或个体工商户"),
        Col("行政相对人代码_1(统一社会信用代码)", "target.credit_code（自然人恒为空）"),
        Col("行政相对人代码_2(工商注册号)", "无对应字段，留空 (no source field)"),
        Col("行政相对人代码_3(组织机构代码)", "无对应字段，留空 (no source field)"),
        Col("行政相对人代码_4(税务登记号)", "无对应字段，留空 (no source field)"),
        Col("行政相对人代码_5(事业单位证书号)", "无对应字段，留空 (no source field)"),
        Col("行政相对人代码_6(社会组织登记证号)", "无对应字段，留空 (no source field)"),
        Col("法定代表人", "无对应字段，留空 (no source field)"),
        Col("法定代表人证件类型", "仅供报送，公开文件恒为空 (export-only, always empty)", "^$"),
        Col("法定代表人证件号码", "仅供报送，公开文件恒为空 (export-only, always empty)", "^$"),
        Col("证件类型", "仅供报送，公开文件恒为空 (export-only, always empty)", "^$"),
        Col("证件号码", "仅供报送，公开文件恒为空 (export-only, always empty)", "^$"),
    ];

    private static string[] Party(Decision d) =>
    [
        d.Target.PublicName, ClosedSets.TargetTypes.Chinese(d.Target.Type),
        d.Target.Type == TargetType.NaturalPerson ? Empty : d.Target.CreditCode?.Value ?? Empty,
        Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty,
    ];

    private static string[] Source(SiteModel model, Decision d)
    {
        var agency = model.AgencyOf(d.Agency);
        var code = agency.CreditCode?.Value ?? Empty;
        return [agency.Name, code, agency.Name, code];
    }
}
