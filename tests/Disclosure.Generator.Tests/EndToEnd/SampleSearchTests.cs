using System.Text.Json;
using Disclosure.Generator.Indexing;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.EndToEnd;

/// <summary>
/// The built sample's search index, read from the output folder with the reference query the browser client
/// mirrors, and the search page as a visitor without JavaScript gets it.
/// </summary>
public sealed class SampleSearchTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private SearchQuery Query() => new(path => File.ReadAllBytes(Path.Combine(sample.Output, "search", "index", path)));

    [Fact]
    public void Every_file_the_manifest_names_was_written_and_nothing_else_is_in_the_index()
    {
        var folder = Path.Combine(sample.Output, "search", "index");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var named = new List<string> { "manifest.json", manifest.RootElement.GetProperty("facetFile").GetString()! };
        foreach (var list in new[] { "postings", "docs" })
        {
            named.AddRange(manifest.RootElement.GetProperty(list).EnumerateArray().Select(e => e.GetString()!));
        }

        foreach (var set in new[] { "terms", "keys" })
        {
            var shards = manifest.RootElement.GetProperty(set);
            var hash = shards.GetProperty("hash").GetString();
            named.AddRange(Enumerable.Range(0, shards.GetProperty("count").GetInt32()).Select(s => $"{set}/{s}.{hash}.bin"));
        }

        var written = sample.Files.Where(f => f.StartsWith("search/index/", StringComparison.Ordinal)).Select(f => f["search/index/".Length..]);

        Assert.Equal(named.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_published_decision_is_found_by_its_document_number()
    {
        var result = Query().Run("青应急给〔2025〕3号");

        Assert.Equal("decisions/2025/08/emergency-benefit-2025-003/", result.Hits[0].Url);
    }

    [Fact]
    public void A_word_of_the_case_with_the_deciding_agency_finds_the_decision_as_its_page_shows_both()
    {
        // 应急管理局 is only in the agency's name, which the decision page shows; 倒损 is in the case.
        var result = Query().Run("应急管理局 倒损");

        Assert.Equal("decisions/2025/08/emergency-benefit-2025-003/", result.Hits[0].Url);
    }

    [Fact]
    public void Words_only_in_a_decisions_published_full_text_find_it()
    {
        // 兴业路 is in the redacted full text of the decision (the party's address), in no field of any record.
        var result = Query().Run("兴业路");

        Assert.Equal("decisions/2025/09/market-coercion-2025-004/", Assert.Single(result.Hits).Url);
    }

    [Theory]
    [InlineData("青市监罚〔2025〕10号")]
    [InlineData("鑫瑞健康咨询")]
    [InlineData("降血糖")]
    [InlineData("91219999MAAU79FU62")]
    [InlineData("青禾县鑫瑞健康咨询有限公司")]
    public void The_withdrawn_decision_cannot_be_found(string query)
    {
        // Every match, not only the first page: other decisions share words with a document number.
        var result = Query().Run(query, pageSize: 10_000);

        Assert.DoesNotContain(result.Hits, h => h.Url.Contains("market-penalty-2025-010", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("青城管简罚〔2025〕3号")]
    [InlineData("青溪古桥护栏")]
    [InlineData("油漆涂写")]
    public void The_excluded_decision_cannot_be_found(string query)
    {
        var result = Query().Run(query, pageSize: 10_000);

        Assert.DoesNotContain(result.Hits, h => h.Url.Contains("urban-penalty-2025-jy003", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_is_found_by_what_its_page_shows_beyond_its_own_fields()
    {
        // The supervision phone number is shown on the agency's page, from its contact details.
        Assert.Contains("0000-7310012", sample.Page("agencies/market/").QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var result = Query().Run("7310012");

        Assert.Contains(result.Hits, h => h.Url == "agencies/market/");
    }

    [Fact]
    public void Without_JavaScript_the_search_page_is_a_working_form_that_says_search_needs_it_and_links_the_lists()
    {
        var page = sample.Page("search/");

        var form = page.QuerySelector("form#search-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input#search-q[name=q]"));
        Assert.Contains("JavaScript", page.QuerySelector("noscript")!.TextContent, StringComparison.Ordinal);
        var browse = page.QuerySelectorAll(".search-browse a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../decisions/", browse);
        Assert.Contains("../officers/", browse);
        Assert.Equal("polite", page.QuerySelector("#search-status")!.GetAttribute("aria-live"));
    }

    [Fact]
    public void Every_other_page_has_a_search_box_that_sends_the_query_to_the_search_page()
    {
        var home = sample.Page("");
        var decision = sample.Page("decisions/2025/08/emergency-benefit-2025-003/");

        Assert.Equal("search/", home.QuerySelector("header form.site-search")!.GetAttribute("action"));
        Assert.Equal("../../../../search/", decision.QuerySelector("header form.site-search")!.GetAttribute("action"));
        Assert.NotNull(decision.QuerySelector("header form.site-search input[name=q]"));
        Assert.Null(sample.Page("search/").QuerySelector("header form.site-search"));
    }
}
