using AngleSharp.Html.Parser;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Rendering;

public sealed class MaskingAndThemeTests
{
    [Fact]
    public void An_unmasked_individual_name_is_refused_at_its_field_and_nothing_is_written()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("content/decisions/2025/person.yml", """
            id: person
            agency: market
            category: 行政处罚
            document_number: 测市监罚〔2025〕9号
            decision_date: 2025-03-03
            published: 2025-03-05
            title: 无证经营案
            target:
              type: 自然人
              name: 欧阳建国
            summary: 罚款 2000 元。
            legal_basis: 某条例第十条
            """);
        var output = Path.Combine(site.Path, "out");

        var (result, diagnostics) = SiteRun.Run(site.Path, output);

        Assert.False(result.Succeeded);
        DiagnosticAssert.Has(diagnostics, "DISC107", "content/decisions/2025/person.yml", 10, 9);
        Assert.DoesNotContain(diagnostics.SelectMany(d => d.Arguments), a => a.Contains("欧阳建国", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Arguments.Contains("欧阳某"));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_site_template_overrides_the_built_in_theme()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("themes/default/templates/about.liquid", "<h1 class=\"page-title\">本县自定义关于页</h1>\n");
        var output = Path.Combine(site.Path, "out");

        var (result, _) = SiteRun.Run(site.Path, output);

        Assert.True(result.Succeeded);
        var about = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "about/index.html")));
        Assert.Equal("本县自定义关于页", about.QuerySelector("h1")!.TextContent);
        Assert.NotNull(about.QuerySelector("footer"));
    }

    [Fact]
    public void A_template_using_an_undefined_variable_is_a_located_theme_error()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("themes/default/templates/about.liquid", "<h1>{{ page.Titel }}</h1>\n");

        var (result, diagnostics) = SiteRun.Run(site.Path, Path.Combine(site.Path, "out"));

        Assert.False(result.Succeeded);
        DiagnosticAssert.Has(diagnostics, "DISC051", "themes/default/templates/about.liquid", 1, 1);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "out")));
    }

    [Fact]
    public void Markdown_raw_html_is_not_passed_through()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("content/guides/g.md", "---\nid: g\nagency: market\ntitle: 指南\nbasis: 某法\npublished: 2025-01-02\n---\n# 说明\n\n<script>alert(1)</script>\n");
        var output = Path.Combine(site.Path, "out");

        SiteRun.Run(site.Path, output);

        var html = File.ReadAllText(Path.Combine(output, "guides/g/index.html"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<h3", new HtmlParser().ParseDocument(html).QuerySelector(".prose")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_in_english_uses_the_english_strings_and_labels()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("site.yml", "title: Test County Enforcement Disclosure\nhost: Test County Government\nlanguage: en\n");
        var output = Path.Combine(site.Path, "out");

        var (result, _) = SiteRun.Run(site.Path, output);

        Assert.True(result.Succeeded);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "decisions/2025/03/base-decision/index.html")));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll("nav.site-nav a"), a => a.TextContent == "Decisions");
        Assert.Contains(page.QuerySelectorAll(".fact dd"), dd => dd.TextContent.Contains("Administrative penalty", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".fact dd"), dd => dd.TextContent == "3 Mar 2025");
        var about = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "about/index.html")));
        Assert.StartsWith("Test County Enforcement Disclosure is hosted by Test County Government.", about.QuerySelector(".prose p")!.TextContent, StringComparison.Ordinal);
        var accessibility = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "accessibility/index.html")));
        Assert.DoesNotMatch("[\\p{IsCJKUnifiedIdeographs}]", accessibility.QuerySelector("main")!.TextContent);
    }
}
