using System.Text;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Import;
using Disclosure.Generator.Loading;

namespace Disclosure.Generator.Tests.Import;

public sealed class DecisionYamlWriterTests
{
    [Theory]
    [InlineData("- 以连字符开头")]
    [InlineData("含有: 冒号和空格")]
    [InlineData("2026")]
    [InlineData("true")]
    [InlineData("“引号”与\"双引号\"")]
    [InlineData("第一行\n第二行")]
    [InlineData("# 井号开头")]
    [InlineData("反斜杠 \\ 与 制表\t符")]
    public void Any_text_reads_back_as_the_same_text(string text)
    {
        var decision = Decision() with { Summary = text, Facts = text, Title = text };

        var bytes = DecisionYamlWriter.Write("market-2026-041-ad0a8487", "market", decision);
        var sink = new DiagnosticSink();
        var file = new SourceFile("content/decisions/2026/market-2026-041-ad0a8487.yml", 0, sink) { DefaultPublished = new DateOnly(2026, 11, 23) };
        var node = YamlDocumentParser.Parse(Encoding.UTF8.GetString(bytes), file);
        var read = DecisionReader.Read(new FieldReader(node!, file), null);

        Assert.Empty(sink.Sorted());
        Assert.NotNull(read);
        Assert.Equal((text, text, text), (read.Summary, read.Facts, read.Title));
    }

    [Fact]
    public void Amounts_are_written_in_yuan_without_trailing_zeros()
    {
        var decision = Decision() with { Fine = 27900.00m, Confiscation = 326.50m };

        var text = Encoding.UTF8.GetString(DecisionYamlWriter.Write("x", "market", decision));

        Assert.Contains("penalty:\n  fine: 27900\n  confiscation: 326.5\n", text, StringComparison.Ordinal);
    }

    private static ImportedDecision Decision() => new()
    {
        Row = 2,
        Location = new SourceLocation("x.csv", 2, 1),
        Category = "行政处罚",
        DocumentNumber = "青市监罚〔2026〕41号",
        DecisionDate = new DateOnly(2026, 11, 16),
        Title = "标题",
        TargetType = "法人及非法人组织",
        TargetName = "青禾县甲有限公司",
        Summary = "罚款 100 元。",
        LegalBasis = "《某条例》第十条",
    };
}
