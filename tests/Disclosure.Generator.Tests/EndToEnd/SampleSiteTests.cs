using AngleSharp.Html.Parser;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.EndToEnd;

/// <summary>Builds the sample jurisdiction in content/ and reads the pages as a visitor would.</summary>
public sealed class SampleSiteTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private RecordSet Records => sample.Result.Records;

    [Fact]
    public void Sample_builds_without_errors_and_withholds_what_the_rules_require()
    {
        DiagnosticAssert.NoErrors(sample.Diagnostics);
        Assert.True(sample.Result.Succeeded);
        Assert.Equal(1, sample.Result.Withheld.GetValueOrDefault(PublicationState.Excluded));
        Assert.Equal(1, sample.Result.Withheld.GetValueOrDefault(PublicationState.Withdrawn));
        Assert.True(sample.Result.Withheld.GetValueOrDefault(PublicationState.Expired) >= 1);
        Assert.True(sample.Result.Withheld.GetValueOrDefault(PublicationState.Confidential) >= 1);
    }

    [Fact]
    public void Sample_covers_the_size_the_issue_asks_for()
    {
        Assert.True(Records.Agencies.Count >= 6);
        Assert.Contains(Records.Agencies, a => a.Confidential);
        Assert.True(Records.Officers.Count >= 40);
        Assert.Contains(Records.Officers, o => o.Role == OfficerRole.Auxiliary);
        Assert.Contains(Records.Officers, o => o.Certificate is { } c && !c.IsValidOn(SiteRun.Today));
        Assert.True(Records.Decisions.Count >= 80);
        Assert.All(ClosedSets.Categories.Values, c => Assert.Contains(Records.Decisions, d => d.Category == c));
        Assert.All(ClosedSets.NoticeKinds.Values, k => Assert.Contains(Records.Notices, n => n.Kind == k));
        Assert.All(ClosedSets.ProcedureKinds.Values, k => Assert.Contains(Records.Procedures, p => p.Kind == k));
        Assert.Contains(Records.Decisions, d => d.Body is not null);
        Assert.Contains(Records.Decisions, d => d.Target.Type == TargetType.NaturalPerson);
        Assert.Contains(Records.Decisions, d => d.LateReason is not null);
        Assert.Equal(2, Records.Decisions.Select(d => d.DecisionDate.Year).Distinct().Count());
        Assert.NotEmpty(Records.InspectionPlans);
        Assert.NotEmpty(Records.InspectionResults);
        Assert.NotEmpty(Records.Reports);
        Assert.NotEmpty(Records.Corrections);
    }

    [Theory]
    [InlineData("", "青禾县行政执法公示平台")]
    [InlineData("agencies/", "执法主体")]
    [InlineData("officers/", "执法人员")]
    [InlineData("powers/", "权责清单")]
    [InlineData("procedures/", "执法程序")]
    [InlineData("guides/", "服务指南")]
    [InlineData("notices/", "事中公示")]
    [InlineData("decisions/", "执法决定")]
    [InlineData("inspections/", "行政检查")]
    [InlineData("reports/", "统计年报")]
    [InlineData("corrections/", "更正")]
    [InlineData("about/", "关于本站")]
    [InlineData("accessibility/", "无障碍声明")]
    [InlineData("404.html", "页面未找到")]
    public void Each_section_page_exists_with_its_heading(string url, string heading)
    {
        var page = sample.Page(url);

        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
    }

    [Fact]
    public void Every_published_record_has_its_own_page_with_its_title()
    {
        foreach (var agency in Records.Agencies)
        {
            Assert.Equal(agency.Name, sample.Page(SiteUrls.Agency(agency.Id)).QuerySelector("h1")!.TextContent);
        }

        foreach (var decision in Records.Decisions.Where(d => d.Exclusion is null && d.Withdrawal is null && d.PublicationEnd is null))
        {
            var page = sample.Page(SiteUrls.Decision(decision));
            Assert.Equal(decision.Title, page.QuerySelector("h1")!.TextContent);
            Assert.Contains(decision.DocumentNumber.Value, page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        }

        foreach (var guide in Records.Guides)
        {
            Assert.Equal(guide.Title, sample.Page(SiteUrls.Guide(guide.Id)).QuerySelector("h1")!.TextContent);
        }

        foreach (var notice in Records.Notices)
        {
            Assert.Equal(notice.Title, sample.Page(SiteUrls.Notice(notice)).QuerySelector("h1")!.TextContent);
        }

        foreach (var procedure in Records.Procedures)
        {
            Assert.Equal(procedure.Title, sample.Page(SiteUrls.Procedure(procedure.Id)).QuerySelector("h1")!.TextContent);
        }

        foreach (var report in Records.Reports)
        {
            Assert.Equal(report.Title, sample.Page(SiteUrls.Report(report.Year)).QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public void Individuals_appear_only_masked_on_decision_pages()
    {
        var individuals = Records.Decisions.Where(d => d.Target.Type == TargetType.NaturalPerson && d.Exclusion is null && d.Withdrawal is null && d.PublicationEnd is null).ToList();
        Assert.NotEmpty(individuals);
        foreach (var decision in individuals)
        {
            var target = sample.Page(SiteUrls.Decision(decision)).QuerySelectorAll(".fact")
                .First(f => f.QuerySelector("dt")!.TextContent == "执法对象").QuerySelector("dd")!.TextContent;
            Assert.Matches("^[\\p{IsCJKUnifiedIdeographs}]{1,2}某", target);
        }
    }

    [Fact]
    public void Officer_pages_show_certificate_validity_and_expired_officers_are_not_shown_as_active()
    {
        var listed = Records.Officers.Where(o => o.Certificate is not null && !Records.Agencies.Single(a => a.Id == o.Agency).Confidential).ToList();
        foreach (var officer in listed)
        {
            var page = sample.Page(SiteUrls.Officer(officer));
            var lede = page.QuerySelector("main")!.TextContent;
            Assert.Contains(officer.Certificate!.Number.Value, lede, StringComparison.Ordinal);
            if (officer.Certificate.IsValidOn(SiteRun.Today))
            {
                Assert.NotNull(page.QuerySelector(".badge-ok"));
                Assert.Null(page.QuerySelector(".badge-warn"));
            }
            else
            {
                Assert.NotNull(page.QuerySelector(".badge-warn"));
                Assert.Null(page.QuerySelector(".badge-ok"));
            }
        }

        var directory = sample.Page("officers/");
        var expired = listed.First(o => !o.Certificate!.IsValidOn(SiteRun.Today));
        var row = directory.QuerySelectorAll("tr").First(r => r.TextContent.Contains(expired.Certificate!.Number.Value, StringComparison.Ordinal));
        Assert.NotNull(row.QuerySelector(".badge-warn"));
    }

    [Fact]
    public void Officers_of_a_confidential_agency_appear_in_no_output_file()
    {
        var secret = Records.Officers.Where(o => Records.Agencies.Single(a => a.Id == o.Agency).Confidential).ToList();
        Assert.NotEmpty(secret);
        foreach (var (path, text) in sample.TextFiles())
        {
            foreach (var officer in secret)
            {
                Assert.False(text.Contains(officer.Name, StringComparison.Ordinal), $"{officer.Id}'s name appears in {path}");
                Assert.False(officer.Certificate is { } c && text.Contains(c.Number.Value, StringComparison.Ordinal), $"{officer.Id}'s certificate appears in {path}");
            }
        }
    }

    [Fact]
    public void Every_page_carries_the_footer_identifiers_from_site_yml()
    {
        foreach (var file in sample.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var footer = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, file))).QuerySelector("footer")!.TextContent;
            Assert.Contains("网站标识码：2199990001", footer, StringComparison.Ordinal);
            Assert.Contains("江ICP备00000000号-1", footer, StringComparison.Ordinal);
            Assert.Contains("江公网安备 21999902000001号", footer, StringComparison.Ordinal);
            Assert.Contains("主办单位：江岭市青禾县人民政府", footer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Filter_pages_list_only_matching_decisions_and_the_counts_add_up()
    {
        var published = Records.Decisions.Where(d => d.Exclusion is null && d.Withdrawal is null && d.PublicationEnd is null).ToList();
        var penalties = sample.Page("decisions/category/penalty/");
        Assert.All(penalties.QuerySelectorAll("tbody tr"), row => Assert.Equal("行政处罚", row.Children[2].TextContent));
        var firstAgency = Records.Agencies.First(a => published.Any(d => d.Agency == a.Id));
        var agencyPage = sample.Page($"decisions/agency/{firstAgency.Id}/");
        Assert.All(agencyPage.QuerySelectorAll("tbody tr"), row => Assert.Equal(firstAgency.ShortName ?? firstAgency.Name, row.Children[3].TextContent));
        var year = sample.Page("decisions/year/2025/");
        Assert.All(year.QuerySelectorAll("tbody tr time"), t => Assert.StartsWith("2025-", t.GetAttribute("datetime"), StringComparison.Ordinal));

        var all = sample.Page("decisions/");
        var counts = all.QuerySelectorAll(".filter-group")[0].QuerySelectorAll("li").Skip(1)
            .Sum(li => int.Parse(li.QuerySelector(".count")!.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(published.Count, counts);
        Assert.Equal(published.Count(d => d.Category == DecisionCategory.Penalty), CountRows(sample, "decisions/category/penalty/"));
    }

    [Theory]
    [InlineData("decisions/", "decisions/")]
    [InlineData("decisions/page/0/2/", "decisions/")]
    [InlineData("decisions/category/penalty/", "decisions/category/penalty/")]
    [InlineData("decisions/category/penalty/page/0/2/", "decisions/category/penalty/")]
    [InlineData("decisions/year/2025/page/0/2/", "decisions/year/2025/")]
    public void Each_list_page_marks_its_own_list_in_the_filter_sidebar(string page, string list)
    {
        var document = sample.Page(page);
        var depth = page.Count(c => c == '/');
        var current = document.QuerySelectorAll(".filters a[aria-current=page]").Select(a => a.GetAttribute("href")).ToList();

        // On the full list the "all" link of each of the three groups is current; on a filtered list only the filter itself.
        Assert.All(current, href => Assert.Equal(string.Concat(Enumerable.Repeat("../", depth)) + list, href));
        Assert.Equal(list == "decisions/" ? 3 : 1, current.Count);
    }

    [Fact]
    public void Decision_list_is_paginated_with_working_next_links()
    {
        var first = sample.Page("decisions/");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("../decisions/page/0/2/", next);
        var second = sample.Page("decisions/page/0/2/");
        Assert.Equal(20, first.QuerySelectorAll("tbody tr").Length);
        Assert.NotEmpty(second.QuerySelectorAll("tbody tr"));
        Assert.Empty(first.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).Intersect(second.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href"))));
    }

    [Fact]
    public void Excluded_decision_leaves_no_trace_in_any_output_file()
    {
        var excluded = Records.Decisions.Single(d => d.Exclusion is not null);
        Assert.False(File.Exists(Path.Combine(sample.Output, SiteUrls.FileOf(SiteUrls.Decision(excluded)))));
        foreach (var (path, text) in sample.TextFiles())
        {
            Assert.False(text.Contains(excluded.DocumentNumber.Value, StringComparison.Ordinal), $"document number in {path}");
            Assert.False(text.Contains(excluded.Title, StringComparison.Ordinal), $"title in {path}");
            Assert.False(text.Contains(excluded.Id.Value, StringComparison.Ordinal), $"id in {path}");
        }
    }

    [Fact]
    public void Withdrawn_decision_leaves_only_its_notice()
    {
        var withdrawn = Records.Decisions.Single(d => d.Withdrawal is not null);
        var noticePath = SiteUrls.FileOf(SiteUrls.Decision(withdrawn));
        var notice = sample.Page(SiteUrls.Decision(withdrawn));
        Assert.Equal("本条执法决定信息已撤下", notice.QuerySelector("h1")!.TextContent);
        Assert.Contains(withdrawn.DocumentNumber.Value, notice.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(withdrawn.Summary, notice.DocumentElement.OuterHtml, StringComparison.Ordinal);
        foreach (var (path, text) in sample.TextFiles())
        {
            Assert.False(text.Contains(withdrawn.Title, StringComparison.Ordinal), $"title in {path}");
            Assert.False(text.Contains(withdrawn.Target.PublicName, StringComparison.Ordinal) && withdrawn.Target.PublicName.Length > 3 && path != noticePath, $"party in {path}");
            Assert.False(path != noticePath && text.Contains(withdrawn.DocumentNumber.Value, StringComparison.Ordinal), $"document number in {path}");
        }
    }

    [Fact]
    public void Expired_decision_is_not_published()
    {
        var expired = Records.Decisions.First(d => d.PublicationEnd is { } end && end < SiteRun.Today && d.Exclusion is null && d.Withdrawal is null);
        Assert.False(File.Exists(Path.Combine(sample.Output, SiteUrls.FileOf(SiteUrls.Decision(expired)))));
        Assert.DoesNotContain(sample.TextFiles(), f => f.Text.Contains(expired.DocumentNumber.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_internal_link_and_image_resolves_to_a_written_file()
    {
        var files = sample.Files.ToHashSet(StringComparer.Ordinal);
        foreach (var file in sample.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html"))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, file)));
            var baseDir = Path.GetDirectoryName(file)!.Replace('\\', '/');
            foreach (var link in page.QuerySelectorAll("a[href], img[src], link[href], script[src]"))
            {
                var target = link.GetAttribute("href") ?? link.GetAttribute("src")!;
                Assert.False(target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal), $"{file} loads {target} from another host");
                if (target.StartsWith('#'))
                {
                    continue;
                }

                var resolved = Path.GetFullPath(Path.Combine("/", baseDir, target.Split('#')[0])).TrimStart('/');
                resolved = resolved.Length == 0 || target.EndsWith('/') ? (resolved.Length == 0 ? "index.html" : resolved.TrimEnd('/') + "/index.html") : resolved;
                Assert.True(files.Contains(resolved), $"{file} links to {target}, which resolves to missing {resolved}");
            }
        }
    }

    [Fact]
    public void Every_page_has_one_h1_and_headings_never_skip_a_level()
    {
        foreach (var file in sample.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, file)));
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels.Count(l => l == 1) == 1, $"{file} has {levels.Count(l => l == 1)} h1");
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: h{levels[i - 1]} is followed by h{levels[i]}");
            }
        }
    }

    [Fact]
    public void Every_page_carries_a_content_security_policy_that_its_own_markup_satisfies()
    {
        foreach (var file in sample.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, file)));
            var csp = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"{file} has an inline script"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    private static int CountRows(SampleBuild sample, string listBase)
    {
        var total = 0;
        var url = listBase;
        while (true)
        {
            var page = sample.Page(url);
            total += page.QuerySelectorAll("tbody tr").Length;
            var next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            if (next is null)
            {
                return total;
            }

            url = Path.GetFullPath(Path.Combine("/", url, next)).TrimStart('/') + "/";
        }
    }
}
