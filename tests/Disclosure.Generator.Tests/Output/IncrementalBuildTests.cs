using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Output;

/// <summary>
/// <c>build --incremental</c> must give exactly what a full build gives, while writing only what changed,
/// and must survive being killed at any point.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string SecondDecision = "content/decisions/2025/base-decision-2.yml";
    private readonly TempDir _site = new();

    public IncrementalBuildTests()
    {
        _site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        var first = File.ReadAllText(Path.Combine(_site.Path, "content/decisions/2025/base-decision.yml"));
        _site.Write(SecondDecision, first.Replace("id: base-decision", "id: base-decision-2", StringComparison.Ordinal)
            .Replace("〔2025〕1号", "〔2025〕2号", StringComparison.Ordinal).Replace("过期食品", "无证经营", StringComparison.Ordinal));
    }

    private string Output => Path.Combine(_site.Path, "_site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_build_with_nothing_changed_writes_nothing()
    {
        Build();

        var (result, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.Plan!.Written);
        Assert.True(result.Plan.Count > 20);
    }

    [Fact]
    public void A_one_record_change_rewrites_only_the_pages_it_touches_and_equals_a_full_build()
    {
        Build();
        var untouched = Path.Combine(Output, "decisions/2025/03/base-decision/index.html");
        var before = File.GetLastWriteTimeUtc(untouched);
        Edit(SecondDecision, "title: 某商店销售无证经营案", "title: 某商店销售无证经营一案");

        var (result, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.True(result.Succeeded);
        Assert.InRange(result.Plan!.Written, 1, result.Plan.Count / 2);
        Assert.Contains("某商店销售无证经营一案", File.ReadAllText(Path.Combine(Output, "decisions/2025/03/base-decision-2/index.html")), StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(untouched));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_template_change_equals_a_full_build()
    {
        Build();
        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes/default/templates/decision.liquid"));
        _site.Write("themes/default/templates/decision.liquid", template.Replace("<dl class=\"facts\">", "<p class=\"lede\">决定摘要</p>\n<dl class=\"facts\">", StringComparison.Ordinal));

        var (result, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.True(result.Succeeded);
        Assert.Contains("决定摘要", File.ReadAllText(Path.Combine(Output, "decisions/2025/03/base-decision/index.html")), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_site_yml_change_equals_a_full_build()
    {
        Build();
        Edit("site.yml", "title: 测试县行政执法公示平台", "title: 测试县行政执法信息公示平台");

        var (result, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.True(result.Succeeded);
        Assert.Contains("测试县行政执法信息公示平台", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_deleted_record_loses_its_page_and_its_empty_folder()
    {
        Build();
        File.Delete(Path.Combine(_site.Path, SecondDecision));

        var (result, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(Output, "decisions/2025/03/base-decision-2")));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_failed_incremental_build_leaves_the_site_and_its_state_untouched()
    {
        Build();
        var before = TreeHashes.Of(Output);
        var state = File.ReadAllBytes(Path.Combine(_site.Path, "._site.state"));
        Edit(SecondDecision, "title: 某商店销售无证经营案", "title: 当事人王建军，电话 13812345678");

        var (result, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.False(result.Succeeded);
        Assert.Equal(before, TreeHashes.Of(Output));
        Assert.Equal(state, File.ReadAllBytes(Path.Combine(_site.Path, "._site.state")));
        Assert.Empty(Directory.EnumerateDirectories(_site.Path, "._site.delta-*"));
    }

    [Fact]
    public void A_build_killed_before_its_commit_point_is_discarded_and_one_killed_after_it_is_finished()
    {
        Build();
        var before = TreeHashes.Of(Output);
        // Killed before the commit marker: a delta with a changed page and no marker.
        var abandoned = Path.Combine(_site.Path, "._site.delta-99999");
        Directory.CreateDirectory(Path.Combine(abandoned, "about"));
        File.WriteAllText(Path.Combine(abandoned, "about/index.html"), "half");

        SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.False(Directory.Exists(abandoned));
        Assert.Equal(before, TreeHashes.Of(Output));

        // Killed after the marker: the delta is rolled forward by the next build before it does anything else.
        Edit(SecondDecision, "title: 某商店销售无证经营案", "title: 某商店销售无证经营一案");
        var committed = Path.Combine(_site.Path, "._site.delta-99998");
        Directory.CreateDirectory(Path.Combine(committed, "decisions/2025/03/base-decision-2"));
        File.WriteAllText(Path.Combine(committed, "decisions/2025/03/base-decision-2/index.html"), "rolled forward");
        File.WriteAllText(Path.Combine(committed, ".commit"), "about/index.html\n");

        var (result, _) = SiteRun.Run(_site.Path, Output, incremental: true);

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(committed));
        AssertSameAsFullBuild();
    }

    private void Build()
    {
        var (result, _) = SiteRun.Run(_site.Path, Output);
        Assert.True(result.Succeeded);
    }

    private void Edit(string path, string from, string to)
    {
        var full = Path.Combine(_site.Path, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }

    private void AssertSameAsFullBuild()
    {
        using var fresh = new TempDir();
        var full = Path.Combine(fresh.Path, "full");
        var (result, _) = SiteRun.Run(_site.Path, full);
        Assert.True(result.Succeeded);
        Assert.Equal(TreeHashes.Of(full), TreeHashes.Of(Output));
        Assert.Equal(Folders(full), Folders(Output));
    }


    private static List<string> Folders(string root) =>
        [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(root, d)).Order(StringComparer.Ordinal)];
}
