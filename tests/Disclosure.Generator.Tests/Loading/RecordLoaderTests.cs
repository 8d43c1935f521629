using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Records;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Loading;

/// <summary>Each kind's reader maps every field of its example in the init template to the typed record.</summary>
public sealed class RecordLoaderTests : IDisposable
{
    private readonly TempDir _site = new();
    private readonly RecordSet _records;
    private readonly DiagnosticSink _sink = new();

    public RecordLoaderTests()
    {
        using var stdout = new StringWriter();
        Disclosure.Generator.Cli.CommandLine.Run(["init", Path.Combine(_site.Path, "s")], stdout, stdout);
        _records = RecordLoader.Load(new ContentRoot(Path.Combine(_site.Path, "s")), _sink).Records;
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Init_examples_load_without_findings() => Assert.Empty(_sink.Sorted());

    [Fact]
    public void Agency_fields_are_typed()
    {
        var a = Assert.Single(_records.Agencies);
        Assert.Equal("example-agency", a.Id.Value);
        Assert.Equal(["办公室", "法规股", "综合执法大队"], a.InternalBodies);
        Assert.Equal(30, a.Staffing!.Authorized);
        Assert.False(a.Confidential);
        Assert.Equal(["head-login"], a.Reviewers!.Principal);
        Assert.Equal(new DateOnly(2026, 1, 5), a.Published);
    }

    [Fact]
    public void Officer_certificate_is_typed()
    {
        var o = Assert.Single(_records.Officers);
        Assert.Equal(OfficerRole.Officer, o.Role);
        Assert.Equal(Gender.Male, o.Gender);
        Assert.Equal("00000000001", o.Certificate!.Number.Value);
        Assert.Equal(new DateOnly(2028, 12, 31), o.Certificate.ValidUntil);
    }

    [Fact]
    public void Power_and_inspection_lists_keep_their_items()
    {
        Assert.Equal(DecisionCategory.License, Assert.Single(Assert.Single(_records.Powers).Items).Type);
        Assert.Equal("5%", Assert.Single(Assert.Single(_records.InspectionLists).Items).Ratio);
    }

    [Fact]
    public void Procedure_guide_and_notice_keep_attachments_and_bodies()
    {
        Assert.Equal(ProcedureKind.FlowChart, Assert.Single(_records.Procedures).Kind);
        Assert.Equal("flowcharts/example-flow.svg", Assert.Single(_records.Procedures).Attachments[0].File);
        var guide = Assert.Single(_records.Guides);
        Assert.Equal(2, guide.Materials.Count);
        Assert.Contains("网上办理", guide.Body, StringComparison.Ordinal);
        var notice = Assert.Single(_records.Notices);
        Assert.Equal(NoticeKind.Hearing, notice.Kind);
        Assert.Equal("09:30", notice.EventTime);
    }

    [Fact]
    public void Decision_fields_are_typed()
    {
        var d = Assert.Single(_records.Decisions);
        Assert.Equal(DecisionCategory.Penalty, d.Category);
        Assert.Equal(TargetType.IndividualBusiness, d.Target.Type);
        Assert.Equal(5000m, d.Penalty!.Fine);
        Assert.Equal("example-officer", Assert.Single(d.Officers).Value);
        Assert.Null(d.Withdrawal);
        Assert.Null(d.Exclusion);
    }

    [Fact]
    public void Inspection_report_and_correction_records_are_typed()
    {
        Assert.Equal(400, Assert.Single(Assert.Single(_records.InspectionPlans).Items).BaseCount);
        var result = Assert.Single(_records.InspectionResults);
        Assert.Equal(1, result.Period.Quarter);
        Assert.Equal(InspectionOutcome.Passed, Assert.Single(result.Items).Outcome);
        Assert.Equal(10, Assert.Single(_records.Reports).Complaints!.Received);
        var correction = Assert.Single(_records.Corrections);
        Assert.Equal(CorrectionOutcome.Corrected, correction.Outcome);
        Assert.Equal("example-decision", correction.Record!.Value.Value);
    }
}
