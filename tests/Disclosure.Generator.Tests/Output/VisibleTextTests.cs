using Disclosure.Generator.Output;

namespace Disclosure.Generator.Tests.Output;

public sealed class VisibleTextTests
{
    [Fact]
    public void Text_nodes_come_one_per_line_with_entities_decoded()
    {
        var text = VisibleText.Of("<p>当事人：<b>王&#26576;</b> &amp; 李某</p><td>A</td><td>B</td>");

        Assert.Equal(["当事人：", "王某", "& 李某", "A", "B"], Lines(text));
    }

    [Fact]
    public void Attributes_a_visitor_sees_or_hears_are_included_and_others_are_not()
    {
        var text = VisibleText.Of("<img src=\"x/13812345678.png\" alt=\"联系人 张三\"><a href=\"/a\" title='标题' aria-label=\"读出\" class=\"c\">链接</a><meta name=\"ArticleTitle\" content=\"文章\">");

        Assert.Equal(["联系人 张三", "标题", "读出", "链接", "文章"], Lines(text));
        Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_style_and_comments_are_skipped()
    {
        var text = VisibleText.Of("<style>p{color:red}</style><script src=\"a.js\">var a = '13812345678';</script><!-- 备注 13812345678 --><p>正文</p>");

        Assert.Equal(["正文"], Lines(text));
    }

    [Fact]
    public void A_finding_in_any_part_of_a_real_page_is_seen()
    {
        const string Page = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><title>决定 - 网站</title><meta name="description" content="手机 13912345678"></head>
            <body><main><dl><dt>当事人</dt><dd>某公司</dd></dl></main></body></html>
            """;

        var lines = Lines(VisibleText.Of(Page));

        Assert.Contains("手机 13912345678", lines);
        Assert.Contains("当事人", lines);
        Assert.Contains("决定 - 网站", lines);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
