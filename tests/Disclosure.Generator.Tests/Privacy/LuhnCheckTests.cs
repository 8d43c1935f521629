using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class LuhnCheckTests
{
    [Theory]
    [InlineData("6228480012345671", true)]
    [InlineData("6217001234567890122", true)]
    [InlineData("6222021234567890128", true)]
    [InlineData("6228480012345672", false)]
    [InlineData("6228 4800 1234 5671", false)]
    [InlineData("", false)]
    public void Card_numbers_are_checked_with_luhn(string digits, bool expected)
    {
        var valid = LuhnCheck.IsValid(digits);

        Assert.Equal(expected, valid);
    }
}
