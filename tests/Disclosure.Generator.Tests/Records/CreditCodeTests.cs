using Disclosure.Generator.Records;

namespace Disclosure.Generator.Tests.Records;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91110000802100433B", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("00000000000000000X", false)]
    public void Checksum_follows_gb_32100(string text, bool valid)
    {
        Assert.True(CreditCode.TryParse(text, out var code));

        Assert.Equal(valid, code.ChecksumValid);
    }

    [Theory]
    [InlineData("9135010")]
    [InlineData("91350100M000100YI3")]
    [InlineData("")]
    public void Malformed_codes_are_refused(string text) => Assert.False(CreditCode.TryParse(text, out _));
}
