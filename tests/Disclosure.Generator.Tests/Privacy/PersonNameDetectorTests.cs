using System.Collections.Frozen;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class PersonNameDetectorTests
{
    [Theory]
    [InlineData("当事人：张三丰，男，1985年6月出生。", 5, 3, "张**")]
    [InlineData("**法定代表人**：李四", 11, 2, "李*")]
    [InlineData("法定代表人（负责人）：王小明", 12, 3, "王**")]
    [InlineData("委托代理人: 赵六", 8, 2, "赵*")]
    [InlineData("证人李四证实，当事人当日在店内。", 3, 2, "李*")]
    [InlineData("投诉人赵六称其于3月购买。", 4, 2, "赵*")]
    [InlineData("车主孙七驾驶小型轿车。", 3, 2, "孙*")]
    [InlineData("联系人 周八", 5, 2, "周*")]
    [InlineData("| 举报人 | 吴九 |", 9, 2, "吴*")]
    [InlineData("负责人：欧阳娜娜", 5, 4, "欧阳**")]
    [InlineData("当事人王五于2025年3月到场。", 4, 2, "王*")]
    public void An_unmasked_name_after_a_context_word_is_found(string text, int column, int length, string masked)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.PersonName, "person_name.context", 1, column, length, masked), (finding.Kind, finding.Rule, finding.Line, finding.Column, finding.Length, finding.Masked));
    }

    [Fact]
    public void Every_name_of_a_list_is_found()
    {
        var findings = ScanAssert.Scan("证人：王小明、李四、张某。");

        Assert.Equal(["王**", "李*"], findings.Select(f => f.Masked));
    }

    [Fact]
    public void A_column_headed_with_a_context_word_is_read_cell_by_cell()
    {
        var findings = ScanAssert.Scan("| 姓名 | 成绩 |\n|---|---|\n| 王小明 | 92 |\n| 李某 | 86 |");

        Assert.Equal([(3, 3, "person_name.table_column")], findings.Select(f => (f.Line, f.Column, f.Rule)));
    }

    [Theory]
    [InlineData("当事人：张某")]
    [InlineData("当事人：张某某（身份证件号码、住址、联系方式等个人信息已依法隐去）")]
    [InlineData("法定代表人：欧阳某")]
    [InlineData("证人：王某1、王某2")]
    [InlineData("经营者：于某")]
    public void Masked_names_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }

    [Theory]
    [InlineData("当事人：青禾县佳禾连锁超市有限公司")]
    [InlineData("申请人：青禾县王记面馆")]
    [InlineData("当事人：王记店")]
    [InlineData("申请人：禾丰镇幸福村民委员会")]
    [InlineData("听证申请人 | 青禾县晨露乳业有限公司 |")]
    public void Organisations_after_a_context_word_are_not_names(string text)
    {
        ScanAssert.Clean(text);
    }

    [Theory]
    [InlineData("负责人：本人")]
    [InlineData("法定代表人：未到场")]
    [InlineData("当事人陈述、申辩的权利。")]
    [InlineData("当事人应当自收到本决定书之日起十五日内缴纳罚款。")]
    [InlineData("当事人于当日在店内，当事人向本局提交书面陈述。")]
    [InlineData("当事人安排 3 名未取得健康证的人员上岗。")]
    [InlineData("当事人申辩称系顺路捎带。当事人经所在乡镇人民政府评议。")]
    [InlineData("当事人后厨餐具未消毒；当事人公共场所卫生许可证已过期。")]
    [InlineData("当事人于许可证有效期届满前 3 个月提出申请。")]
    [InlineData("| 负责人 | 成绩 | 结果 |")]
    [InlineData("当事人环保负责人调查询问笔录；证人证言（证人姓名已隐去）。")]
    [InlineData("申请人民法院强制执行；驾驶员从业资格考试。")]
    [InlineData("当事人经营规模小、违法所得较少。")]
    public void Enforcement_prose_after_a_context_word_is_not_a_name(string text)
    {
        ScanAssert.Clean(text);
    }

    [Fact]
    public void An_officer_name_is_never_reported()
    {
        var allowances = new ScanAllowances(FrozenSet<string>.Empty, FrozenSet.Create("陈建国"), FrozenSet<string>.Empty);

        ScanAssert.Clean("负责人：陈建国", allowances);
        ScanAssert.FindsKind("负责人：陈建国", PersonalDataKind.PersonName);
    }
}
