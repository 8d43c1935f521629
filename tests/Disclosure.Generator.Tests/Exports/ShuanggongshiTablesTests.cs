using Disclosure.Generator.Exports;

namespace Disclosure.Generator.Tests.Exports;

public sealed class ShuanggongshiTablesTests
{
    /// <summary>The 30 penalty fields of DOMAIN.md §1.2, in the table's order, typed here independently of the code.</summary>
    internal static readonly string[] PenaltyFields =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
        "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
        "法定代表人证件号码", "证件类型", "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
        "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注",
    ];

    /// <summary>The licence fields of DOMAIN.md §1.2 in the Excel export's order (法定代表人身份证号/证件类型/证件号码 as two columns, named as in the penalty list).</summary>
    internal static readonly string[] LicenceFields =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
        "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
        "法定代表人证件号码", "证件类型", "证件号码", "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号",
        "许可内容", "许可决定日期", "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码", "当前状态", "数据来源单位",
        "数据来源单位统一社会信用代码", "备注",
    ];

    [Fact]
    public void Penalty_columns_are_the_thirty_standard_fields_in_order()
    {
        Assert.Equal(PenaltyFields, ShuanggongshiTables.PenaltyColumns.Select(c => c.Name));
    }

    [Fact]
    public void Licence_columns_follow_the_excel_export_order()
    {
        Assert.Equal(LicenceFields, ShuanggongshiTables.LicenceColumns.Select(c => c.Name));
    }

    [Theory]
    [InlineData("5000", "0.500000")]
    [InlineData("200000", "20.000000")]
    [InlineData("0.01", "0.000001")]
    [InlineData("25560", "2.556000")]
    [InlineData("123456789.99", "12345.678999")]
    public void Amounts_in_yuan_become_ten_thousands_with_six_decimals_exactly(string yuan, string expected)
    {
        var amount = decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, ShuanggongshiTables.TenThousands(amount));
    }

    [Fact]
    public void No_amount_is_an_empty_cell_and_dates_are_written_with_slashes()
    {
        Assert.Equal(string.Empty, ShuanggongshiTables.TenThousands(null));
        Assert.Equal("2025/04/07", ShuanggongshiTables.Date(new DateOnly(2025, 4, 7)));
        Assert.Equal(string.Empty, ShuanggongshiTables.Date(null));
    }
}
