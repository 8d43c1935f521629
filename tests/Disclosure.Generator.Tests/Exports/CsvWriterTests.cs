using System.Text;
using Disclosure.Generator.Exports;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Exports;

public sealed class CsvWriterTests
{
    private static readonly DataColumn[] Columns = [Cells.Text("a", "first"), Cells.Text("b", "second")];

    [Fact]
    public void The_file_starts_with_a_utf8_byte_order_mark_and_every_line_ends_with_crlf()
    {
        var table = new DataTable("t", "T", "test", Columns, [["x", "y"]]);

        var bytes = CsvWriter.Write(table);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("a,b\r\nx,y\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("逗号, comma")]
    [InlineData("引号 \"quoted\" 之后")]
    [InlineData("第一行\n第二行")]
    [InlineData("回车\r\n换行")]
    [InlineData("\"")]
    [InlineData(",")]
    public void A_field_with_a_comma_quote_or_line_break_round_trips(string value)
    {
        var table = new DataTable("t", "T", "test", Columns, [[value, "后"], ["前", value]]);

        var read = CsvText.Read(Encoding.UTF8.GetString(CsvWriter.Write(table)[3..]));

        Assert.Equal([["a", "b"], [value, "后"], ["前", value]], read);
    }

    [Fact]
    public void A_plain_field_is_not_quoted_and_an_absent_one_is_empty()
    {
        Assert.Equal("青市监罚〔2025〕5号", CsvWriter.Field("青市监罚〔2025〕5号"));
        Assert.Equal(string.Empty, CsvWriter.Field(null));
        Assert.Equal("\"a\"\"b\"", CsvWriter.Field("a\"b"));
    }
}
