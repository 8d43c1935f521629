using System.ServiceModel.Syndication;
using System.Xml;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.EndToEnd;

/// <summary>
/// The sample's Atom feeds, read with a real feed parser (System.ServiceModel.Syndication's Atom10FeedFormatter),
/// and the pages that link them.
/// </summary>
public sealed class SampleFeedTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string BaseUrl = "https://zfgs.qinghe.example.gov.cn/";

    private IReadOnlyList<string> FeedFiles => [.. sample.Files.Where(f => f.StartsWith("feeds/", StringComparison.Ordinal))];

    [Fact]
    public void Site_agency_decision_category_and_section_feeds_are_written()
    {
        var feeds = FeedFiles;

        Assert.Contains("feeds/all.xml", feeds);
        Assert.Contains("feeds/decisions.xml", feeds);
        Assert.Contains("feeds/notices.xml", feeds);
        Assert.Contains("feeds/inspections.xml", feeds);
        Assert.Contains("feeds/guides.xml", feeds);
        Assert.Contains("feeds/corrections.xml", feeds);
        Assert.Contains("feeds/agencies/market.xml", feeds);
        Assert.All(ClosedSets.Categories.Values, c => Assert.Contains($"feeds/decisions/{ClosedSets.Categories.Slug(c)}.xml", feeds));
    }

    [Fact]
    public void Every_feed_parses_as_Atom_with_the_required_elements()
    {
        foreach (var path in FeedFiles)
        {
            var feed = Read(path);

            Assert.Equal(BaseUrl + path, feed.Id);
            Assert.False(string.IsNullOrWhiteSpace(feed.Title?.Text), path);
            Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == BaseUrl + path);
            var alternate = Assert.Single(feed.Links, l => l.RelationshipType == "alternate");
            Assert.True(PageExists(alternate.Uri), $"{path}: alternate {alternate.Uri} is not a built page");
            Assert.NotEmpty(feed.Authors);
            var entries = feed.Items.ToList();
            Assert.InRange(entries.Count, 1, 50);
            Assert.Equal(entries.Max(e => e.LastUpdatedTime), feed.LastUpdatedTime);
            foreach (var entry in entries)
            {
                Assert.StartsWith(BaseUrl, entry.Id, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(entry.Title?.Text), path);
                Assert.False(string.IsNullOrWhiteSpace(entry.Summary?.Text), path);
                Assert.NotEqual(default, entry.LastUpdatedTime);
                Assert.NotEmpty(entry.Authors);
                var link = Assert.Single(entry.Links, l => l.RelationshipType == "alternate");
                Assert.True(PageExists(link.Uri), $"{path}: entry link {link.Uri} is not a built page");
            }
        }
    }

    [Fact]
    public void Entries_are_newest_first_and_dated_by_the_record_not_the_build()
    {
        var decisions = Published().ToDictionary(d => BaseUrl + SiteUrls.Decision(d), StringComparer.Ordinal);

        var feed = Read("feeds/decisions.xml");

        var entries = feed.Items.ToList();
        Assert.Equal(50, entries.Count);
        Assert.Equal(entries.OrderByDescending(e => e.LastUpdatedTime).Select(e => e.Id), entries.Select(e => e.Id));
        foreach (var entry in entries)
        {
            var decision = decisions[entry.Id];
            var updated = decision.Updated is { } u && u > decision.Published ? u : decision.Published;
            Assert.Equal(updated, DateOnly.FromDateTime(entry.LastUpdatedTime.DateTime));
            Assert.Equal(decision.Published, DateOnly.FromDateTime(entry.PublishDate.DateTime));
            Assert.Equal(TimeSpan.FromHours(8), entry.LastUpdatedTime.Offset);
        }

        // The newest 50 of all published decisions, none older than one left out.
        var oldestIn = entries.Min(e => e.LastUpdatedTime);
        Assert.DoesNotContain(decisions.Keys.Except(entries.Select(e => e.Id)), id => DateOnly.FromDateTime(oldestIn.DateTime) < Updated(decisions[id]));
    }

    [Fact]
    public void Category_and_agency_feeds_hold_only_their_own_records()
    {
        var decisions = Published().ToDictionary(d => BaseUrl + SiteUrls.Decision(d), StringComparer.Ordinal);

        foreach (var category in ClosedSets.Categories.Values)
        {
            var feed = Read($"feeds/decisions/{ClosedSets.Categories.Slug(category)}.xml");
            Assert.All(feed.Items, e => Assert.Equal(category, decisions[e.Id].Category));
            Assert.Equal(Math.Min(50, decisions.Values.Count(d => d.Category == category)), feed.Items.Count());
        }

        var market = Read("feeds/agencies/market.xml");
        Assert.All(market.Items, e => Assert.Equal("青禾县市场监督管理局", Assert.Single(e.Authors).Name));
        Assert.Contains(market.Items, e => decisions.ContainsKey(e.Id));
    }

    [Fact]
    public void Withheld_records_are_in_no_feed()
    {
        var withheld = sample.Result.Records.Decisions.Where(d => d.Exclusion is not null || d.Withdrawal is not null || d.PublicationEnd < SiteRun.Today).ToList();
        Assert.Equal(3, withheld.Count);

        foreach (var path in FeedFiles)
        {
            var text = File.ReadAllText(Path.Combine(sample.Output, path));
            var ids = Read(path).Items.Select(e => e.Id).ToList();
            foreach (var decision in withheld)
            {
                Assert.DoesNotContain(BaseUrl + SiteUrls.Decision(decision), ids);
                Assert.DoesNotContain(decision.DocumentNumber.Value, text, StringComparison.Ordinal);
                Assert.DoesNotContain(decision.Title, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void An_individuals_decision_says_in_a_feed_no_more_than_its_page_shows()
    {
        var people = Published().Where(d => d.Target.Type == TargetType.NaturalPerson).ToDictionary(d => BaseUrl + SiteUrls.Decision(d), StringComparer.Ordinal);

        var entries = Read("feeds/all.xml").Items.Concat(Read("feeds/decisions.xml").Items).Where(e => people.ContainsKey(e.Id)).ToList();

        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var page = sample.Page(SiteUrls.Decision(people[entry.Id]));
            var shown = page.QuerySelector("main")!.TextContent;
            Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), entry.Title.Text);
            foreach (var part in entry.Summary.Text.Split([" · ", "。"], StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(part, shown, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("", "feeds/all.xml")]
    [InlineData("decisions/", "feeds/decisions.xml")]
    [InlineData("decisions/category/penalty/", "feeds/decisions/penalty.xml")]
    [InlineData("agencies/market/", "feeds/agencies/market.xml")]
    [InlineData("notices/", "feeds/notices.xml")]
    [InlineData("inspections/", "feeds/inspections.xml")]
    [InlineData("guides/", "feeds/guides.xml")]
    [InlineData("corrections/", "feeds/corrections.xml")]
    public void A_page_announces_and_shows_the_feed_that_mirrors_it(string url, string feed)
    {
        var page = sample.Page(url);
        var root = SiteUrls.RootFrom(url);

        var head = page.Head!.QuerySelectorAll("link[rel='alternate'][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains(root + feed, head);
        Assert.Contains(root + "feeds/all.xml", head);
        Assert.Contains(page.QuerySelectorAll("main .feed-links a"), a => a.GetAttribute("href") == root + feed);
    }

    [Fact]
    public void Every_page_announces_the_site_feed()
    {
        foreach (var file in sample.Files.Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Take(400))
        {
            var url = file[..^"index.html".Length];
            var head = sample.Page(url).Head!.QuerySelectorAll("link[rel='alternate'][type='application/atom+xml']").Select(l => l.GetAttribute("href"));
            Assert.Contains(SiteUrls.RootFrom(url) + "feeds/all.xml", head);
        }
    }

    private IEnumerable<Decision> Published() =>
        sample.Result.Records.Decisions.Where(d => d.Exclusion is null && d.Withdrawal is null && !(d.PublicationEnd < SiteRun.Today) && d.Published <= SiteRun.Today);

    private static DateOnly Updated(Decision d) => d.Updated is { } u && u > d.Published ? u : d.Published;

    private SyndicationFeed Read(string path)
    {
        using var reader = XmlReader.Create(Path.Combine(sample.Output, path));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"{path} is not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private bool PageExists(Uri uri)
    {
        Assert.StartsWith(BaseUrl, uri.AbsoluteUri, StringComparison.Ordinal);
        var relative = uri.GetLeftPart(UriPartial.Path)[BaseUrl.Length..];
        return File.Exists(Path.Combine(sample.Output, SiteUrls.FileOf(relative)));
    }
}
