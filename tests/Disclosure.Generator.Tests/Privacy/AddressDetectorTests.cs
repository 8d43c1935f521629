using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class AddressDetectorTests
{
    [Theory]
    [InlineData("住址：江岭市青禾县禾丰镇幸福村3组12号")]
    [InlineData("家庭住址: 江岭市青禾县城关街道人民路 88 号 3 栋 501 室")]
    [InlineData("家住江岭市青禾县禾丰镇幸福村。")]
    [InlineData("户籍地：江岭市青禾县石桥镇桥头村")]
    [InlineData("现住江岭市青禾县城关街道锦绣花园小区")]
    [InlineData("| 居住地 | 江岭市青禾县柳湾乡柳湾村 |")]
    public void A_home_address_below_county_level_is_found(string text)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.Address, "address.home"), (finding.Kind, finding.Rule));
        Assert.StartsWith("江岭市青禾县***", finding.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void The_address_span_starts_after_the_label_and_ends_at_the_clause()
    {
        ScanAssert.Finds("住址：江岭市青禾县禾丰镇幸福村3组12号，联系方式略。", PersonalDataKind.Address, "address.home", 1, 4, 17);
    }

    [Fact]
    public void A_residence_after_a_natural_person_party_is_a_home_address()
    {
        var text = "**当事人**：王某\n**住所**：江岭市青禾县城关街道康宁路 60 号";

        ScanAssert.Finds(text, PersonalDataKind.Address, "address.home", 2, 8, 18);
    }

    [Fact]
    public void A_residence_after_a_company_party_is_its_registered_address()
    {
        var text = "**当事人**：青禾县绿源纸业有限公司  \n**统一社会信用代码**：91219999MAP1QAPT90  \n**住所**：江岭市青禾县青禾经济开发区滨河路 9 号  \n**法定代表人**：苏某";

        ScanAssert.Clean(text);
    }

    [Fact]
    public void The_nearest_party_decides_whose_residence_it_is()
    {
        var text = "当事人：王某\n\n**请求人**：江岭木艺家居有限公司\n**住所**：江岭市青禾县枫林镇工业集中区 11 号";

        ScanAssert.Clean(text);
    }

    [Theory]
    [InlineData("地址：江岭市青禾县禾丰大道 18 号")]
    [InlineData("住址：江岭市青禾县")]
    [InlineData("住址：江岭市青禾县禾丰镇××村")]
    [InlineData("当事人：刘某（身份证件号码、住址、联系方式等个人信息已依法隐去）")]
    [InlineData("本局按登记的住所无法与当事人取得联系。")]
    public void Office_addresses_county_level_masked_and_mentioned_addresses_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }
}
