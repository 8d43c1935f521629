using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class ScanDocumentTests
{
    [Fact]
    public void Full_width_alphanumerics_are_folded_without_changing_length()
    {
        var doc = new ScanDocument("电话１３８－ａＢ＠ｘ．ｃｎ，（注）");

        Assert.Equal("电话138-aB@x.cn，（注）", doc.Text);
        Assert.Equal(doc.Original.Length, doc.Text.Length);
    }

    [Fact]
    public void Text_without_full_width_characters_is_used_as_is()
    {
        var original = "电话 13812345678";

        var doc = new ScanDocument(original);

        Assert.Same(original, doc.Text);
    }

    [Fact]
    public void Context_is_looked_for_on_the_same_line_within_the_window()
    {
        var doc = new ScanDocument("身份证号\n110101199003070035 电话很长很长很长很长很长很长很长很长 x");
        var id = doc.Text.IndexOf('1', StringComparison.Ordinal);
        var x = doc.Text.IndexOf('x', StringComparison.Ordinal);

        var (nextLine, farAway, near) = (
            doc.HasContextBefore(ContextPatterns.IdNumber(), id, ContextPatterns.NearWindow),
            doc.HasContextBefore(ContextPatterns.Phone(), x, 10),
            doc.HasContextBefore(ContextPatterns.Phone(), x, 40));

        Assert.Equal((false, false, true), (nextLine, farAway, near));
    }

    [Fact]
    public void A_lookbehind_sees_past_the_window_start()
    {
        var doc = new ScanDocument("执法证件号码 99020031307");
        var number = doc.Text.IndexOf('9', StringComparison.Ordinal);

        var idContext = doc.HasContextBefore(ContextPatterns.IdNumber(), number, 5);

        Assert.False(idContext);
    }
}
