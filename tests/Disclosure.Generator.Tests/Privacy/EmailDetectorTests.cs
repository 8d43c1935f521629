using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("邮箱 zhangsan@example.com。", 4, 20, "z***@example.com")]
    [InlineData("邮箱：li.si+case@mail.example.cn", 4, 26, "l***@mail.example.cn")]
    [InlineData("邮箱 13812345678@example.com", 4, 23, "1***@example.com")]
    [InlineData("邮箱 ｚｈａｎｇｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", 4, 20, "z***@example.com")]
    public void Email_addresses_are_found_and_masked(string text, int column, int length, string masked)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.Email, "email.address", column, length, masked), (finding.Kind, finding.Rule, finding.Column, finding.Length, finding.Masked));
    }

    [Theory]
    [InlineData("举报邮箱 jubao@market.qinghe.gov.cn")]
    [InlineData("@某某 请注意；a@b；user@localhost")]
    public void Government_mailboxes_and_non_addresses_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }
}
