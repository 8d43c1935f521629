using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class PropertyCertificateDetectorTests
{
    [Theory]
    [InlineData("产权：辽（2020）盘山县不动产权第0001234号。", "property_certificate.real_estate", 4, 23)]
    [InlineData("产权：辽(2021)盘山县不动产证明第0004567号", "property_certificate.real_estate", 4, 24)]
    [InlineData("产权：青房权证禾字第00012345号", "property_certificate.house", 5, 15)]
    [InlineData("产权：国用（2019）第01234号", "property_certificate.land", 4, 15)]
    [InlineData("不动产权证号：A1234567", "property_certificate.context", 8, 8)]
    [InlineData("不动产单元号 211122001001GB00001F00010001", "property_certificate.unit", 8, 28)]
    public void Property_certificate_numbers_are_found(string text, string rule, int column, int length)
    {
        ScanAssert.Finds(text, PersonalDataKind.PropertyCertificate, rule, 1, column, length);
    }

    [Theory]
    [InlineData("申请人应提交房产证复印件 3 份。")]
    [InlineData("| 不动产权证书号 / 房产证号 / 土地证号 | delete |")]
    [InlineData("全国用电量同比增长。")]
    public void Mentions_without_a_number_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }
}
