using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Output;

public sealed class OutputWriterTests
{
    [Fact]
    public void Two_builds_of_the_sample_are_byte_identical()
    {
        using var dir = new TempDir();
        var first = Path.Combine(dir.Path, "a");
        var second = Path.Combine(dir.Path, "b");

        SiteRun.Run(RepoPaths.Root, first);
        SiteRun.Run(RepoPaths.Root, second);

        var a = TreeHashes.Of(first);
        var b = TreeHashes.Of(second);
        Assert.True(a.Count > 200);
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        var output = Path.Combine(site.Path, "_site");
        var (good, _) = SiteRun.Run(site.Path, output);
        Assert.True(good.Succeeded);
        var before = TreeHashes.Of(output);
        site.Write("content/agencies/broken.yml", "id: broken\nname: [unclosed\n");

        var (bad, diagnostics) = SiteRun.Run(site.Path, output);

        Assert.False(bad.Succeeded);
        Assert.Contains(diagnostics, d => d.Code == "DISC001");
        Assert.Equal(before, TreeHashes.Of(output));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "._site*"));
    }

    [Fact]
    public void A_rebuild_replaces_the_site_and_removes_pages_of_deleted_records()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        var output = Path.Combine(site.Path, "_site");
        SiteRun.Run(site.Path, output);
        Assert.True(File.Exists(Path.Combine(output, "decisions/2025/03/base-decision/index.html")));
        File.Delete(Path.Combine(site.Path, "content/decisions/2025/base-decision.yml"));

        var (result, _) = SiteRun.Run(site.Path, output);

        Assert.True(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(output, "decisions/2025/03/base-decision/index.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }
}
