using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class CodePointPositionsTests
{
    [Fact]
    public void A_character_outside_the_bmp_before_a_finding_shifts_the_column_by_one()
    {
        var plain = ScanAssert.Single("备注 13812345678");
        var astral = ScanAssert.Single("备注𠀀 13812345678");

        Assert.Equal(4, plain.Column);
        Assert.Equal(5, astral.Column);
        Assert.Equal(11, astral.Length);
    }

    [Fact]
    public void A_name_with_a_character_outside_the_bmp_has_its_length_in_code_points()
    {
        var finding = ScanAssert.Single("证人：张𠀀，男。");

        Assert.Equal((1, 4, 2), (finding.Line, finding.Column, finding.Length));
        Assert.Equal("张*", finding.Masked);
    }

    [Theory]
    [InlineData("第一行\n第二行\n电话 13812345678")]
    [InlineData("第一行\r\n第二行\r\n电话 13812345678")]
    [InlineData("第一行\r第二行\r电话 13812345678")]
    public void Lf_crlf_and_cr_each_end_one_line(string text)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((3, 4), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_leading_byte_order_mark_takes_no_column()
    {
        var finding = ScanAssert.Single("\uFEFF13812345678");

        Assert.Equal((1, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void Findings_come_back_sorted_by_line_and_column()
    {
        var findings = ScanAssert.Scan("电话 13912345678\n身份证号 11010519491231002X，手机 13812345678");

        Assert.Equal([(1, 4), (2, 6), (2, 28)], findings.Select(f => (f.Line, f.Column)));
    }
}
