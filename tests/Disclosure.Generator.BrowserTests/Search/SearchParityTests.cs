using System.Text.Json;
using Disclosure.Generator.BrowserTests.Support;
using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// The browser client and the C# reference query (<see cref="SearchQuery"/>) read the same built index files
/// and must give the same answer: the same matches in the same order, the same total and the same facet
/// counts. Any difference in tokenising, key normalising, decoding or scoring shows up here.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchParityTests(SampleSite site)
{
    // Every match of every query, on one page, from the client's own modules.
    private const string RunClient = """
        async ([base, cases]) => {
          const { SearchIndex } = await import(new URL('assets/search/index.js', base));
          const { runQuery } = await import(new URL('assets/search/query.js', base));
          const index = await SearchIndex.open(new URL('search/index/manifest.json', base).href);
          const answers = [];
          for (const c of cases) {
            const result = await runQuery(index, { q: c.query, filters: c.filters, page: 1, pageSize: 1000000 });
            const urls = await Promise.all(result.hits.map(async hit => (await index.record(hit.doc)).url));
            const counts = index.manifest.facets.map((_, f) => index.manifest.facetValues[f]
              .map((value, i) => ({ value, count: result.counts[f][i] })).filter(c => c.count > 0));
            answers.push({ total: result.total, urls, counts });
          }
          return answers;
        }
        """;

    private static readonly string[] Queries =
    [
        // Chinese words, phrases and sentences; a query of repeated bigrams; a long legal title.
        "罚款", "许可", "食品安全", "未取得医师资格", "巴氏杀菌乳", "销售标签不符合规定", "中华人民共和国行政处罚法", "第三十二条",
        "暗管排污", "烟花爆竹 零售", "责令改正，罚款", "哈哈哈", "有限公司", "青禾县",
        // Look-ups: document numbers in several bracket styles, certificate numbers, credit codes, organisations.
        "青市监罚〔2025〕14号", "青市监罚[2025]14号", "青市监罚（２０２５）１４号", "青市监罚〔2025〕10号",
        "99010889274", "9901-0889-274", "9901 0889 274", "92219999ma0ubmqr05", "91219999MAAU79FU62",
        "江岭新禾市政工程有限公司", "青禾县鑫瑞健康咨询有限公司", "青禾县市场监督管理局",
        // Digits, Latin, folding, nothing.
        "2025", "2026 罚款", "Ⅻ", "ＡＢＣ", "a", "量子纠缠", "！？", "",
    ];

    public static TheoryData<string> AllQueries => [.. Queries];

    [Theory]
    [MemberData(nameof(AllQueries))]
    public async Task Client_and_CSharp_reference_give_the_same_ordered_results(string query) =>
        await AssertSameAsync([new Case(query, [])]);

    [Fact]
    public async Task Client_and_CSharp_reference_agree_with_filters()
    {
        await AssertSameAsync(
        [
            new Case("罚款", [(SearchFacet.Year, "2026")]),
            new Case("许可", [(SearchFacet.Category, "行政许可"), (SearchFacet.Agency, SampleContent.AgencyName("market"))]),
            // Two values of one facet are alternatives.
            new Case("有限公司", [(SearchFacet.Kind, "执法决定"), (SearchFacet.Kind, "执法主体")]),
            new Case("烟花爆竹", [(SearchFacet.Status, "公示中")]),
            new Case("罚款", [(SearchFacet.Year, "1999")]),
        ]);
    }

    private async Task AssertSameAsync(IReadOnlyList<Case> cases)
    {
        var index = Path.Combine(site.Output, "search", "index");
        var reference = new SearchQuery(path => File.ReadAllBytes(Path.Combine(index, path)));
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        var input = cases.Select(c => new
        {
            query = c.Query,
            filters = c.Filters.GroupBy(f => f.Facet).ToDictionary(g => SearchManifest.Name(g.Key), g => g.Select(f => f.Value).ToArray()),
        }).ToArray();

        var answers = await page.EvaluateAsync<JsonElement>(RunClient, new object[] { site.BaseAddress.ToString(), input });
        await page.Context.CloseAsync();

        for (var i = 0; i < cases.Count; i++)
        {
            var (query, filters) = cases[i];
            var expected = reference.Run(query, [.. filters.Select(f => new SearchFilter(f.Facet, f.Value))], page: 1, pageSize: int.MaxValue);
            var answer = answers[i];
            var what = $"“{query}” {string.Join(", ", filters)}";
            Assert.True(expected.Hits.Select(h => h.Url).SequenceEqual(answer.GetProperty("urls").EnumerateArray().Select(u => u.GetString())),
                $"{what}: C# {string.Join(" ", expected.Hits.Select(h => h.Url))} | JS {answer.GetProperty("urls")}");
            Assert.Equal(expected.Total, answer.GetProperty("total").GetInt32());
            var counts = answer.GetProperty("counts").EnumerateArray().Select(f => f.EnumerateArray()
                .Select(c => new FacetCount(c.GetProperty("value").GetString()!, c.GetProperty("count").GetInt32())).ToList()).ToList();
            Assert.Equal(expected.Facets.Count, counts.Count);
            for (var f = 0; f < counts.Count; f++)
            {
                Assert.Equal(expected.Facets[f], counts[f]);
            }
        }
    }

    private sealed record Case(string Query, IReadOnlyList<(SearchFacet Facet, string Value)> Filters);
}
