using Disclosure.Generator.BrowserTests.Support;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// Each facet select narrows the results to the records with that value, shows the count it will give, and
/// enters the address. Expected records come from the decision files.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchFilterTests(SampleSite site)
{
    // SiteIndexer's labels for a decision's kind and status in a Chinese site: facet values are data, not UI text.
    private const string DecisionKind = "执法决定";
    private const string Published = "公示中";

    public static TheoryData<string, string, string> Filters => new()
    {
        // 烟花爆竹 is also on the emergency agency's page, its power list and a service guide.
        { "烟花爆竹", "kind", DecisionKind },
        { "罚款", "agency", "urban" },
        { "许可", "category", "行政许可" },
        { "罚款", "year", "2026" },
        { "警告", "status", Published },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Facet_filter_keeps_exactly_the_records_with_that_value(string query, string facet, string value)
    {
        if (facet == "agency")
        {
            value = SampleContent.AgencyName(value);
        }

        var expected = SampleContent.PublishedContaining(query).Where(d => facet switch
        {
            "agency" => SampleContent.AgencyName(d.Agency) == value,
            "category" => d.Category == value,
            "year" => d.DecisionDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == value,
            _ => true,
        }).Select(d => d.Id).Order().ToList();
        Assert.NotEmpty(expected);
        var search = await SearchPage.OpenAsync(site);
        await search.TypeAsync(query);
        var label = Assert.Single(await search.OptionsAsync(facet), o => o.Value == value).Label;

        var filtered = new Dictionary<string, string> { ["q"] = query, [facet] = value };
        await search.ChooseAsync(facet, value, filtered);

        Assert.Equal($"{value} ({expected.Count})", label);
        Assert.Equal(expected, (await search.AllHitIdsAsync(filtered)).Order());
        Assert.Equal(value, await search.Facet(facet).InputValueAsync());
        await search.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filter_that_leaves_fewer_results_changes_the_count_and_all_resets_it()
    {
        const string Query = "罚款";
        var all = SampleContent.PublishedContaining(Query).Count;
        var in2026 = SampleContent.PublishedContaining(Query).Count(d => d.DecisionDate.Year == 2026);
        var search = await SearchPage.OpenAsync(site);
        await search.TypeAsync(Query);
        var q = new Dictionary<string, string> { ["q"] = Query };

        await search.ChooseAsync("year", "2026", new Dictionary<string, string>(q) { ["year"] = "2026" });
        var filtered = await search.StatusTextAsync();
        await search.ChooseAsync("year", "", q);

        Assert.StartsWith(await search.ExpectedStatusAsync("data-found", ("count", in2026)), filtered, StringComparison.Ordinal);
        Assert.StartsWith(await search.ExpectedStatusAsync("data-found", ("count", all)), await search.StatusTextAsync(), StringComparison.Ordinal);
        await search.Page.Context.CloseAsync();
    }
}
