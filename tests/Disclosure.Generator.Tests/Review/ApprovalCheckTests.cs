using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Records;
using Disclosure.Generator.Review;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Review;

/// <summary>The approval rules on loaded record sets, without Git (the command's tests cover Git).</summary>
public sealed class ApprovalCheckTests
{
    private const string Reviewers = "reviewers: {deputy: [market-deputy], principal: [market-head]}\n";

    [Fact]
    public void An_attachment_is_approved_by_the_agency_whose_records_list_it()
    {
        var records = Load(Reviewers);

        var byDeputy = Check(records, records, ["content/attachments/flowcharts/penalty.svg"], "market-deputy");
        var byOther = Check(records, records, ["content/attachments/flowcharts/penalty.svg"], "someone-else");

        Assert.Empty(byDeputy);
        DiagnosticAssert.Has(byOther, RuleCodes.NotApproved, "content/attachments/flowcharts/penalty.svg", 1, 1);
        Assert.Equal("market", byOther[0].Arguments[1]);
    }

    [Fact]
    public void An_unlisted_attachment_is_a_site_wide_file()
    {
        var records = Load(Reviewers);

        var byDeputy = Check(records, records, ["content/attachments/forms/new.pdf"], "market-deputy");
        var byHead = Check(records, records, ["content/attachments/forms/new.pdf"], "market-head");

        DiagnosticAssert.Has(byDeputy, RuleCodes.NotApproved, "content/attachments/forms/new.pdf", 1, 1);
        Assert.Equal(ApprovalCheck.SiteWide, byDeputy[0].Arguments[1]);
        Assert.Empty(byHead);
    }

    [Fact]
    public void Records_of_an_agency_without_reviewers_on_the_base_need_a_principal_head_of_another_agency()
    {
        var baseline = Load(Reviewers);
        var current = Load(Reviewers, newAgency: "id: urban\nname: 测试县城市管理局\nfunctions: 城市管理。\npublished: 2025-01-02\nreviewers: {deputy: [urban-deputy], principal: [urban-head]}\n");

        var byNewDeputy = Check(current, baseline, ["content/agencies/urban.yml"], "urban-deputy");
        var byHead = Check(current, baseline, ["content/agencies/urban.yml"], "market-head");

        DiagnosticAssert.Has(byNewDeputy, RuleCodes.NotApproved, "content/agencies/urban.yml", 1, 1);
        Assert.Empty(byHead);
    }

    [Fact]
    public void Every_diagnostic_names_the_reviewers_who_could_approve()
    {
        var records = Load(Reviewers);

        var found = Check(records, records, ["content/decisions/2025/base-decision.yml"]);

        Assert.Equal(["content/decisions/2025/base-decision.yml", "market", "market-deputy, market-head"], found.Single().Arguments);
    }

    private static RecordSet Load(string marketReviewers, string? newAgency = null)
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        File.AppendAllText(Path.Combine(site.Path, "content/agencies/market.yml"), marketReviewers);
        if (newAgency is not null)
        {
            site.Write("content/agencies/urban.yml", newAgency);
        }

        var sink = new DiagnosticSink();
        var records = RecordLoader.Load(new ContentRoot(site.Path), sink).Records;
        DiagnosticAssert.NoErrors(sink.Sorted());
        return records;
    }

    private static IReadOnlyList<Diagnostic> Check(RecordSet current, RecordSet baseline, IReadOnlyList<string> changed, params string[] approvers)
    {
        var sink = new DiagnosticSink();
        ApprovalCheck.Check(current, baseline, changed, approvers.ToHashSet(StringComparer.OrdinalIgnoreCase), sink);
        return sink.Sorted();
    }
}
