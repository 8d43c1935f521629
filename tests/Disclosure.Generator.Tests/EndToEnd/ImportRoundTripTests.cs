using AngleSharp.Html.Parser;
using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.EndToEnd;

public sealed class ImportRoundTripTests
{
    [Fact]
    public void Imported_decisions_build_into_pages_that_show_every_mapped_field()
    {
        using var site = new ImportSite();
        using var output = new TempDir();
        var (code, _, _) = site.Import(ImportSite.ExampleExport);

        var (result, _) = SiteRun.Run(site.Site, output.Path, SiteRun.Today);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.True(result.Succeeded);
        var facts = Facts(output.Path, "decisions/2026/11/market-2026-043-a16bc65e/index.html", out var title);
        Assert.Equal("青禾县禾丰镇鲜味小吃店使用超过保质期的食品原料案", title);
        var text = string.Join("\n", facts.Values);
        foreach (var expected in new[]
        {
            "青市监罚〔2026〕43号", "行政处罚", "青禾县禾丰镇鲜味小吃店", "个体工商户", "92219999MA2XL72D6G", "2026",
            "当事人使用超过保质期的食用油加工食品，违法所得 326 元。", "《中华人民共和国食品安全法》第三十四条第十项、第一百二十四条第一款",
            "没收违法所得 326 元，罚款 1500 元。", "没收违法所得", "1,500", "326",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var person = Facts(output.Path, "decisions/2026/11/market-2026-042-36c88643/index.html", out var personTitle);
        Assert.Equal("韩某无照经营案", personTitle);
        Assert.Contains("韩某", person.Values);
        Assert.DoesNotContain("韩立新", string.Join("\n", person.Values), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Facts(string output, string page, out string title)
    {
        var path = Path.Combine(output, page);
        Assert.True(File.Exists(path), $"page {page} was not written");
        var document = new HtmlParser().ParseDocument(File.ReadAllText(path));
        title = document.QuerySelector("h1")!.TextContent.Trim();
        return document.QuerySelectorAll("dl.facts .fact").ToDictionary(
            f => f.QuerySelector("dt")!.TextContent.Trim(), f => f.QuerySelector("dd")!.TextContent.Trim(), StringComparer.Ordinal);
    }
}
