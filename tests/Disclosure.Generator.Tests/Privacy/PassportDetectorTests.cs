using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class PassportDetectorTests
{
    [Theory]
    [InlineData("证件 E12345678", "passport.e_passport")]
    [InlineData("证件 EA1234567", "passport.e_passport")]
    [InlineData("护照号码：G12345678", "passport.context")]
    [InlineData("往来港澳通行证 C12345678", "passport.context")]
    [InlineData("回乡证 H1234567890", "passport.context")]
    public void Passports_and_travel_permits_are_found(string text, string rule)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.Passport, rule), (finding.Kind, finding.Rule));
        Assert.Contains("*****", finding.Masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("型号 G12345678")]
    [InlineData("统一社会信用代码 11219999MB15301690")]
    [InlineData("EI1234567")]
    public void Letter_codes_without_a_permit_word_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }
}
