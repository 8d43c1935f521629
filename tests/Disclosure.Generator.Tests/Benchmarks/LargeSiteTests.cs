using Disclosure.Generator.Benchmarks.Corpus;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Benchmarks;

/// <summary>A generated site large enough for a list to pass a thousand pages (page size 1).</summary>
public sealed class LargeSiteTests
{
    [Fact]
    public void No_output_folder_holds_more_than_a_thousand_entries_and_the_pager_crosses_folders()
    {
        using var site = new TempDir();
        var options = new CorpusOptions(1_050, 3);
        CorpusGenerator.Generate(options, site.Path);
        File.AppendAllText(Path.Combine(site.Path, "site.yml"), "page_size: 1\n");
        var output = Path.Combine(site.Path, "out");

        var (result, _) = SiteRun.Run(site.Path, output, options.Today);

        Assert.True(result.Succeeded);
        var largest = Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories)
            .Select(d => (Folder: d, Entries: Directory.EnumerateFileSystemEntries(d).Count()))
            .MaxBy(x => x.Entries);
        Assert.InRange(largest.Entries, 1, 1000);
        var page999 = File.ReadAllText(Path.Combine(output, "decisions/page/0/999/index.html"));
        Assert.Contains("href=\"../../../../decisions/page/1/1000/\"", page999, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "decisions/page/1/1000/index.html")));
        // A long list offers its first and last page from anywhere, not only its neighbours.
        var pager = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page999).QuerySelector(".pager")!;
        var links = pager.QuerySelectorAll("a").Select(a => (Href: a.GetAttribute("href"), Text: a.TextContent)).ToList();
        Assert.Contains(links, l => l.Href == "../../../../decisions/" && l.Text == "第一页 1");
        Assert.Contains(links, l => l.Href == "../../../../decisions/page/1/1050/" && l.Text == "最后一页 1050");
        Assert.Equal(2, pager.QuerySelectorAll(".pager-gap").Length);
        Assert.True(File.Exists(Path.Combine(output, "decisions/page/1/1050/index.html")));
        Assert.False(File.Exists(Path.Combine(output, "decisions/page/1/1051/index.html")));
    }
}
