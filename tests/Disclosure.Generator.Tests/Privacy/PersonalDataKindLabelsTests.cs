using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class PersonalDataKindLabelsTests
{
    [Theory]
    [InlineData(nameof(PersonalDataKind.PersonName), "person_name", "姓名")]
    [InlineData(nameof(PersonalDataKind.IdNumber), "id_number", "身份证号码")]
    [InlineData(nameof(PersonalDataKind.Phone), "phone", "电话号码")]
    [InlineData(nameof(PersonalDataKind.BankAccount), "bank_account", "银行账号")]
    [InlineData(nameof(PersonalDataKind.Address), "address", "家庭住址")]
    [InlineData(nameof(PersonalDataKind.PropertyCertificate), "property_certificate", "不动产权证号")]
    [InlineData(nameof(PersonalDataKind.VehiclePlate), "vehicle_plate", "车牌号码")]
    [InlineData(nameof(PersonalDataKind.Passport), "passport", "护照或通行证号码")]
    [InlineData(nameof(PersonalDataKind.Email), "email", "电子邮箱")]
    [InlineData(nameof(PersonalDataKind.PropertyStatus), "property_status", "财产状况")]
    public void Every_kind_has_its_json_name_and_chinese_label(string name, string json, string chinese)
    {
        var kind = Enum.Parse<PersonalDataKind>(name);

        var (actualJson, actualChinese, english) = (kind.JsonName(), kind.ChineseLabel(), kind.EnglishLabel());

        Assert.Equal(json, actualJson);
        Assert.Equal(chinese, actualChinese);
        Assert.False(string.IsNullOrWhiteSpace(english));
    }

    [Fact]
    public void Only_property_status_is_review_only()
    {
        var reviewOnly = Enum.GetValues<PersonalDataKind>().Where(k => k.IsReviewOnly());

        Assert.Equal([PersonalDataKind.PropertyStatus], reviewOnly);
    }
}
