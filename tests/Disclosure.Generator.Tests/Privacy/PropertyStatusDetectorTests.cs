using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class PropertyStatusDetectorTests
{
    [Theory]
    [InlineData("其名下有房产 2 套。", "property_status.figure")]
    [InlineData("月收入 8000 元", "property_status.figure")]
    [InlineData("家庭存款约 20 万元", "property_status.figure")]
    [InlineData("本人车辆两辆", "property_status.figure")]
    [InlineData("财产状况：名下有住房一套、小型汽车一辆", "property_status.description")]
    [InlineData("| 家庭财产: 存款若干 |", "property_status.description")]
    public void Phrases_about_a_persons_property_are_found(string text, string rule)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.PropertyStatus, rule), (finding.Kind, finding.Rule));
        Assert.EndsWith("***", finding.Masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("当事人隐瞒其名下经营收入，违法所得 2400 元。")]
    [InlineData("银行存款 50 万元，营业收入 300 万元，公司年收入 300 万元。")]
    [InlineData("申请人家庭人均月收入低于当地最低工资标准。")]
    [InlineData("财产状况：已依法隐去")]
    [InlineData("当事人名下 15 辆符合条件的车辆")]
    public void Company_figures_conditions_and_redacted_phrases_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }
}
