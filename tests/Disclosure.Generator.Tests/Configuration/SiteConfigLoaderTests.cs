using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Configuration;

public sealed class SiteConfigLoaderTests
{
    [Fact]
    public void Unknown_key_in_site_yml_is_an_error_at_its_line()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("site.yml", "title: 测试\nhost: 测试县人民政府\nrules:\n  result_deadlines:\n    penalty: 7\n    licence: 7\n");

        var (result, diagnostics) = SiteRun.Run(site.Path);

        Assert.False(result.Succeeded);
        DiagnosticAssert.Has(diagnostics, "DISC003", "site.yml", 6, 5);
    }

    [Fact]
    public void Missing_site_yml_is_reported()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        File.Delete(Path.Combine(site.Path, "site.yml"));

        var (_, diagnostics) = SiteRun.Run(site.Path);

        DiagnosticAssert.Has(diagnostics, "DISC050", "site.yml", 1, 1);
    }

    [Fact]
    public void Panshan_values_change_the_rules_without_code()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("site.yml", "title: 盘山\nhost: 县政府\nrules:\n  annual_report_due: 01-10\n  result_deadlines:\n    other: 20\n  withdrawn_notice: false\n");
        var sink = new Disclosure.Generator.Diagnostics.DiagnosticSink();

        var config = Disclosure.Generator.Configuration.SiteConfigLoader.Load(new Disclosure.Generator.Loading.ContentRoot(site.Path), sink);

        Assert.False(sink.HasErrors);
        Assert.Equal((1, 10), config.Rules.AnnualReportDue);
        Assert.False(config.Rules.WithdrawnNotice);
        Assert.Equal(7, config.Rules.PenaltyDeadline);
    }

    [Fact]
    public void Impossible_report_date_is_an_invalid_date()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("site.yml", "title: 测试\nhost: 县政府\nrules:\n  annual_report_due: 02-30\n");

        var (_, diagnostics) = SiteRun.Run(site.Path);

        DiagnosticAssert.Has(diagnostics, "DISC005", "site.yml", 4, 22);
    }

    [Fact]
    public void A_pinned_today_in_site_yml_is_used_and_an_explicit_today_overrides_it()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("site.yml", "title: 测试\nhost: 县政府\ntoday: 2027-02-01\n");
        using var o1 = new StringWriter();
        using var e1 = new StringWriter();
        using var o2 = new StringWriter();
        using var e2 = new StringWriter();

        var pinned = Disclosure.Generator.Cli.CommandLine.Run(["check", "--site", site.Path], o1, e1);
        var overridden = Disclosure.Generator.Cli.CommandLine.Run(["check", "--site", site.Path, "--today", "2026-11-23"], o2, e2);

        Assert.Equal(1, pinned);
        Assert.Contains("error DISC110", e1.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, overridden);
    }
}
