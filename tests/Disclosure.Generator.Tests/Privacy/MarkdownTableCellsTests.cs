using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class MarkdownTableCellsTests
{
    private const string Table = "说明\n\n| 姓名 | 电话 |\n|---|:---:|\n| 甲 | 乙 |\n| 丙 | 丁 |\n\n之后";

    [Fact]
    public void Body_cells_know_their_column_header()
    {
        var cells = MarkdownTableCells.Parse(Table);

        Assert.Equal(["姓名", "电话", "姓名", "电话"], cells.Cells.Select(c => c.Header));
        Assert.Equal("电话", cells.HeaderAt(Table.IndexOf('丁', StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_outside_tables_has_no_header()
    {
        var cells = MarkdownTableCells.Parse(Table);

        Assert.Null(cells.HeaderAt(Table.IndexOf('说', StringComparison.Ordinal)));
        Assert.Null(cells.HeaderAt(Table.IndexOf('之', StringComparison.Ordinal)));
        Assert.Null(cells.HeaderAt(Table.IndexOf('姓', StringComparison.Ordinal)));
    }

    [Fact]
    public void Rows_without_outer_pipes_and_crlf_line_ends_are_read()
    {
        var cells = MarkdownTableCells.Parse("**姓名** | 电话\r\n--- | ---\r\n甲 | 乙\r\n");

        Assert.Equal(["姓名", "电话"], cells.Cells.Select(c => c.Header));
    }

    [Fact]
    public void Text_without_a_delimiter_row_has_no_table()
    {
        var cells = MarkdownTableCells.Parse("a | b\nc | d");

        Assert.Empty(cells.Cells);
    }
}
