using System.Text;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Output;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Output;

public sealed class OutputPrivacyScanTests
{
    [Fact]
    public void Personal_data_that_reaches_an_output_file_by_any_route_stops_the_build_and_nothing_is_written()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        // A theme override is not content, so no content rule sees it: only the final scan can.
        site.Write("themes/default/templates/about.liquid", "<h1 class=\"page-title\">关于</h1>\n<p>联系人：王建军，手机 13812345678</p>\n");
        var output = Path.Combine(site.Path, "out");

        var (result, diagnostics) = SiteRun.Run(site.Path, output);

        Assert.False(result.Succeeded);
        Assert.Contains(diagnostics, d => d.Code == "DISC116" && d.Location.Path == "about/index.html");
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, ".out.*"));
        Assert.DoesNotContain(diagnostics.SelectMany(d => d.Arguments), a => a.Contains("13812345678", StringComparison.Ordinal) || a.Contains("王建军", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_site_passes_the_final_scan()
    {
        using var dir = new TempDir();

        var (result, diagnostics) = SiteRun.Run(RepoPaths.Root, Path.Combine(dir.Path, "site"));

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(diagnostics, d => d.Code == "DISC116");
    }

    [Theory]
    [InlineData("data/decisions.csv", "\uFEFFid,target_name\r\nx,\"当事人：王建军, 手机 13812345678\"\r\n")]
    [InlineData("data/shuanggongshi-xzcf.json", "{\"records\": [{\"证件号码\": \"110105194912310029\"}]}\n")]
    [InlineData("data/schema/v1/decisions.schema.json", "{\"description\": \"手机 13812345678\"}\n")]
    public void Open_data_files_go_through_the_final_scan(string path, string text)
    {
        var sink = new DiagnosticSink();
        var plan = new OutputPlan(new OutputPrivacyScan(ScanAllowances.None, sink), null, "key");

        plan.Add(path, Encoding.UTF8.GetBytes(text));

        Assert.Contains(sink.Sorted(), d => d.Code == "DISC116" && d.Location.Path == path);
    }
}
