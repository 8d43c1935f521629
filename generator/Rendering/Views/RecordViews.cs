using System.Globalization;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Rendering.Views;

/// <summary>Views of the 事前 and inspection records: guides, notices, procedures, lists, plans, results, reports, corrections.</summary>
internal sealed class RecordViews(ViewFactory views, SiteModel model)
{
    /// <summary>A service guide, fields in the order of 盘山 2(3).</summary>
    public GuideView Guide(ServiceGuide g) => new()
    {
        Title = g.Title,
        Url = SiteUrls.Guide(g.Id),
        Agency = views.AgencyOf(g.Agency),
        Facts = [.. new[]
        {
            views.Fact("guide.basis", g.Basis), views.Fact("guide.accepting_body", g.AcceptingBody),
            views.Fact("guide.approving_body", g.ApprovingBody), views.Fact("guide.conditions", g.Conditions),
            views.Fact("guide.preferential_policies", g.PreferentialPolicies), views.Fact("guide.process", g.Process),
            views.Fact("guide.legal_time_limit", g.LegalTimeLimit), views.Fact("guide.promised_time_limit", g.PromisedTimeLimit),
            views.Fact("guide.fees", g.Fees), views.Fact("guide.fee_basis", g.FeeBasis), views.Fact("guide.supervision", g.Supervision),
            views.Fact("guide.liability", g.Liability), views.Fact("guide.remedies", g.Remedies),
            views.Fact("guide.office_hours", g.OfficeHours), views.Fact("guide.address", g.Address), views.Fact("guide.phone", g.Phone),
        }.OfType<FactView>()],
        Materials = g.Materials,
        Attachments = ViewFactory.Attachments(g.Attachments),
        BodyHtml = views.Html(g.Body, inSection: true),
    };

    /// <summary>A process notice.</summary>
    public NoticeView Notice(ProcessNotice n) => new()
    {
        Title = n.Title,
        Url = SiteUrls.Notice(n),
        Kind = views.Label(ClosedSets.NoticeKinds, n.Kind),
        Agency = views.AgencyOf(n.Agency),
        Published = views.Date(n.Published),
        PublishedIso = ViewFormat.Iso(n.Published)!,
        EventWhen = n.EventDate is { } d ? views.Date(d) + (n.EventTime is { } t ? " " + t : string.Empty) : null,
        Place = n.Place,
        Matter = n.Matter,
        PublicationEnd = ViewFormat.Date(n.PublicationEnd, views.English),
        Attachments = ViewFactory.Attachments(n.Attachments),
        BodyHtml = views.Html(n.Body),
    };

    /// <summary>A procedure document.</summary>
    public ProcedureView Procedure(Procedure p) => new()
    {
        Title = p.Title,
        Url = SiteUrls.Procedure(p.Id),
        Kind = views.Label(ClosedSets.ProcedureKinds, p.Kind),
        Agency = views.AgencyOf(p.Agency),
        Summary = p.Summary,
        Attachments = ViewFactory.Attachments(p.Attachments),
        BodyHtml = views.Html(p.Body),
    };

    /// <summary>A power list.</summary>
    public PowerListView Powers(PowerList list) => new(
        views.AgencyOf(list.Agency),
        SiteUrls.Powers(list.Agency),
        [.. list.Items.Select(i => new PowerItemView(i.Code, i.Name, views.Label(ClosedSets.Categories, i.Type), i.Basis, i.Body))],
        views.Date(list.Published),
        ViewFormat.Iso(list.Published)!);

    /// <summary>A random-inspection list.</summary>
    public InspectionListView InspectionList(InspectionList list)
    {
        var agency = views.AgencyOf(list.Agency);
        return new InspectionListView(
            agency,
            [.. list.Items.Select(i => new InspectionListItemView(i.Name, i.Subject ?? agency.Name, i.Basis, i.Object, i.Content, i.Ratio, i.Method, i.Frequency))],
            views.Date(list.Published),
            ViewFormat.Iso(list.Published)!);
    }

    /// <summary>An inspection plan; the planned count is base × ratio.</summary>
    public PlanView Plan(InspectionPlan p) => new(
        p.Title,
        SiteUrls.Plan(p.Id),
        p.Year.ToString(CultureInfo.InvariantCulture),
        views.AgencyOf(p.Agency),
        [.. p.Items.Select(i => new PlanItemView(
            i.Subject,
            i.Method,
            ViewFormat.Number(i.BaseCount),
            i.Ratio.ToString("0.##", CultureInfo.InvariantCulture) + "%",
            ViewFormat.Number((int)Math.Round(i.BaseCount * i.Ratio / 100m, MidpointRounding.AwayFromZero)),
            i.Frequency))],
        views.Date(p.Published),
        ViewFormat.Iso(p.Published)!);

    /// <summary>Inspection results of a period.</summary>
    public ResultView Result(InspectionResult r)
    {
        var inspected = r.Inspected ?? r.Items.Count;
        var passed = r.Passed ?? r.Items.Count(i => i.Outcome == InspectionOutcome.Passed);
        return new ResultView
        {
            Title = r.Title,
            Url = SiteUrls.Result(r.Id),
            Period = PeriodLabel(r.Period),
            Agency = views.AgencyOf(r.Agency),
            Summary = r.Summary,
            Planned = r.Planned is { } p ? ViewFormat.Number(p) : null,
            Inspected = ViewFormat.Number(inspected),
            Passed = ViewFormat.Number(passed),
            PassRate = ViewFormat.Percent(passed, inspected),
            Items = [.. r.Items.Select(i => new ResultItemView(i.Object, views.Date(i.Date), ViewFormat.Iso(i.Date)!, views.Label(ClosedSets.Outcomes, i.Outcome), i.Outcome == InspectionOutcome.Passed, i.Note))],
            Published = views.Date(r.Published),
        };
    }

    /// <summary>A corrections-log entry; it links to the decision only while that decision is published.</summary>
    public CorrectionView Correction(Correction c)
    {
        LinkView? record = null;
        if (c.Record is { } id && model.PublishedDecisionIds.Contains(id.Value))
        {
            var decision = model.Decisions.First(d => d.Id == id);
            record = new LinkView(decision.DocumentNumber.Value, SiteUrls.Decision(decision));
        }

        return new CorrectionView
        {
            Id = c.Id.Value,
            Kind = views.Label(ClosedSets.CorrectionKinds, c.Kind),
            Received = views.Date(c.Received),
            ReceivedIso = ViewFormat.Iso(c.Received)!,
            Agency = views.AgencyOf(c.Agency),
            Record = record,
            Requester = c.Requester,
            Summary = c.Summary,
            Outcome = views.Label(ClosedSets.CorrectionOutcomes, c.Outcome),
            Reason = c.Reason,
            CorrectedOn = ViewFormat.Date(c.CorrectedOn, views.English),
        };
    }

    private string PeriodLabel(ReportingPeriod p) => views.English
        ? p.ToString()
        : p.Quarter is { } q
            ? string.Create(CultureInfo.InvariantCulture, $"{p.Year}年第{q}季度")
            : string.Create(CultureInfo.InvariantCulture, $"{p.Year}年{p.Month}月");
}
