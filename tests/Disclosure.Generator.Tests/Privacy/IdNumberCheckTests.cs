using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class IdNumberCheckTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("440524188001010014")]
    [InlineData("211122199001011233")]
    [InlineData("420102198506150026")]
    [InlineData("810000199001010019")]
    public void Standard_and_fictional_ids_pass_the_gb11643_check(string id)
    {
        var valid = IdNumberCheck.IsValid18(id);

        Assert.True(valid);
    }

    [Theory]
    [InlineData("110101199003070035")]
    [InlineData("211122199002301234")]
    [InlineData("211122199013011233")]
    [InlineData("011122199001011233")]
    [InlineData("2111221990010112")]
    [InlineData("21112219900101123A")]
    public void Wrong_check_impossible_date_bad_area_or_shape_fails(string id)
    {
        var valid = IdNumberCheck.IsValid18(id);

        Assert.False(valid);
    }

    [Fact]
    public void A_checksum_failing_id_still_has_the_shape_of_an_id()
    {
        var shape = IdNumberCheck.HasShape18("110101199003070035");

        Assert.True(shape);
    }

    [Theory]
    [InlineData("110105491231002", true)]
    [InlineData("211122900101123", true)]
    [InlineData("211122900230123", false)]
    [InlineData("011122900101123", false)]
    [InlineData("21112290010112", false)]
    public void Fifteen_digit_ids_need_a_real_birth_date(string id, bool expected)
    {
        var valid = IdNumberCheck.IsValid15(id);

        Assert.Equal(expected, valid);
    }
}
