using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class PersonalDataMaskTests
{
    [Fact]
    public void Id_numbers_keep_three_leading_and_four_trailing_characters()
    {
        var masked = PersonalDataMask.IdNumber("11010519491231002X");

        Assert.Equal("110***********002X", masked);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("8613812345678", "138****5678")]
    [InlineData("04272812345", "042****2345")]
    [InlineData("2812345", "28***45")]
    public void Phones_keep_only_their_ends(string digits, string expected)
    {
        var masked = PersonalDataMask.Phone(digits);

        Assert.Equal(expected, masked);
    }

    [Fact]
    public void Bank_cards_keep_four_and_four_digits()
    {
        var masked = PersonalDataMask.BankAccount("6228480012345671");

        Assert.Equal("6228********5671", masked);
    }

    [Theory]
    [InlineData("张三", 1, "张*")]
    [InlineData("张三丰", 1, "张**")]
    [InlineData("欧阳娜娜", 2, "欧阳**")]
    [InlineData("张𠀀", 1, "张*")]
    public void Names_keep_the_surname_and_star_each_given_character(string name, int surname, string expected)
    {
        var masked = PersonalDataMask.Name(name, surname);

        Assert.Equal(expected, masked);
    }

    [Fact]
    public void Email_keeps_the_first_character_and_the_domain()
    {
        var masked = PersonalDataMask.Email("alice@example.com");

        Assert.Equal("a***@example.com", masked);
    }

    [Theory]
    [InlineData("江岭市青禾县", 3, "江岭市***")]
    [InlineData("辽K", 2, "辽***")]
    [InlineData("", 2, "***")]
    public void Free_text_keeps_a_prefix_and_never_the_whole_value(string text, int keep, string expected)
    {
        var masked = PersonalDataMask.Prefix(text, keep);

        Assert.Equal(expected, masked);
    }
}
