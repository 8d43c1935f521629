using Disclosure.Generator.Records;

namespace Disclosure.Generator.Tests.Records;

public sealed class PersonalTextTests
{
    [Theory]
    [InlineData("张三丰", "张某")]
    [InlineData("李四", "李某")]
    [InlineData("欧阳娜娜", "欧阳某")]
    [InlineData("张某", "张某")]
    [InlineData("张某某", "张某某")]
    [InlineData("王某1", "王某1")]
    [InlineData("Smith", "S某")]
    public void Names_are_masked_to_surname_and_mou(string raw, string masked)
    {
        var text = new PersonalText(raw);

        Assert.Equal(masked, text.Masked);
        Assert.Equal(masked, text.ToString());
    }
}
