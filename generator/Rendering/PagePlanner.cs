using Disclosure.Generator.Exports;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;
using Disclosure.Generator.Rendering.Views;

namespace Disclosure.Generator.Rendering;

/// <summary>Lists every page of the site with its template and variables. Only published records get pages.</summary>
internal sealed class PagePlanner(SiteModel model, ViewFactory views, RecordViews records, ReportViews reports, PageFactory pages, IReadOnlyList<DataFileView> dataFiles)
{
    /// <summary>All page jobs.</summary>
    public IEnumerable<PageJob> Plan() =>
        Home().Concat(Agencies()).Concat(Officers()).Concat(Powers()).Concat(Procedures()).Concat(Guides())
            .Concat(Notices()).Concat(Decisions()).Concat(new DecisionListPlanner(model, views, pages).Plan())
            .Concat(Inspections()).Concat(Reports()).Concat(Corrections()).Concat(StaticPages());

    private string T(string key) => pages.Text(key);

    private IEnumerable<PageJob> Home()
    {
        yield return pages.Job("home.liquid", string.Empty, model.Config.Title, "home", () => new Dictionary<string, object?>
        {
            ["latest_decisions"] = model.Decisions.Take(model.Config.LatestCount).Select(views.DecisionRow).ToList(),
            ["latest_notices"] = model.Notices.Take(5).Select(records.Notice).ToList(),
            ["agency_count"] = model.Agencies.Count,
            ["officer_count"] = model.Officers.Count(o => o.Certificate?.IsValidOn(model.Today) == true),
            ["decision_count"] = model.Decisions.Count,
        });
    }

    private IEnumerable<PageJob> Agencies()
    {
        var all = model.Agencies.Select(a => views.AgencyOf(a.Id)).ToList();
        yield return pages.Job("agencies.liquid", "agencies/", T("nav.agencies"), "agencies", () => new Dictionary<string, object?> { ["agencies"] = all });
        foreach (var agency in model.Agencies)
        {
            var view = views.AgencyOf(agency.Id);
            var staff = model.Officers.Where(o => o.Agency == agency.Id).Select(views.Officer).ToList();
            yield return pages.Job("agency.liquid", view.Url, agency.Name, "agencies", () => new Dictionary<string, object?>
            {
                ["agency"] = view,
                ["officers"] = staff.Where(o => !o.IsAuxiliary).ToList(),
                ["auxiliaries"] = staff.Where(o => o.IsAuxiliary).ToList(),
                ["powers"] = model.Powers.Where(p => p.Agency == agency.Id).Select(records.Powers).ToList(),
                ["guides"] = model.Guides.Where(g => g.Agency == agency.Id).Select(g => new LinkView(g.Title, SiteUrls.Guide(g.Id))).ToList(),
                ["procedures"] = model.Procedures.Where(p => p.Agency == agency.Id).Select(p => new LinkView(p.Title, SiteUrls.Procedure(p.Id))).ToList(),
                ["decisions"] = model.Decisions.Where(d => d.Agency == agency.Id).Take(5).Select(views.DecisionRow).ToList(),
            }, published: agency.Published, updated: agency.Updated, source: agency.Name);
        }
    }

    private IEnumerable<PageJob> Officers()
    {
        var groups = model.Agencies.Select(a => new Dictionary<string, object?>
        {
            ["agency"] = views.AgencyOf(a.Id),
            ["officers"] = model.Officers.Where(o => o.Agency == a.Id && o.Role == OfficerRole.Officer).Select(views.Officer).ToList(),
            ["auxiliaries"] = model.Officers.Where(o => o.Agency == a.Id && o.Role == OfficerRole.Auxiliary).Select(views.Officer).ToList(),
        }).ToList();
        yield return pages.Job("officers.liquid", "officers/", T("nav.officers"), "officers", () => new Dictionary<string, object?>
        {
            ["groups"] = groups,
            ["confidential"] = model.Agencies.Where(a => a.Confidential).Select(a => views.AgencyOf(a.Id)).ToList(),
        });
        foreach (var officer in model.Officers)
        {
            yield return pages.Job("officer.liquid", SiteUrls.Officer(officer), officer.Name, "officers", () => new Dictionary<string, object?> { ["officer"] = views.Officer(officer) },
                published: officer.Published, updated: officer.Updated, source: views.AgencyOf(officer.Agency).Name);
        }
    }

    private IEnumerable<PageJob> Powers()
    {
        var lists = model.Powers.Select(records.Powers).ToList();
        yield return pages.Job("powers.liquid", "powers/", T("nav.powers"), "powers", () => new Dictionary<string, object?>
        {
            ["lists"] = lists,
            ["inspection_lists"] = model.InspectionLists.Select(records.InspectionList).ToList(),
        });
        foreach (var list in model.Powers)
        {
            var view = records.Powers(list);
            yield return pages.Job("power-list.liquid", view.Url, view.Agency.Name + " · " + T("nav.powers"), "powers", () => new Dictionary<string, object?>
            {
                ["list"] = view,
                ["inspection_list"] = model.InspectionLists.Where(l => l.Agency == list.Agency).Select(records.InspectionList).FirstOrDefault(),
            }, published: list.Published, updated: list.Updated, source: view.Agency.Name);
        }
    }

    private IEnumerable<PageJob> Procedures()
    {
        yield return pages.Job("procedures.liquid", "procedures/", T("nav.procedures"), "procedures", () => new Dictionary<string, object?>
        {
            ["procedures"] = model.Procedures.Select(records.Procedure).ToList(),
        });
        foreach (var p in model.Procedures)
        {
            var view = records.Procedure(p);
            yield return pages.Job("procedure.liquid", view.Url, p.Title, "procedures", () => new Dictionary<string, object?> { ["procedure"] = view },
                published: p.Published, updated: p.Updated, source: view.Agency.Name);
        }
    }

    private IEnumerable<PageJob> Guides()
    {
        yield return pages.Job("guides.liquid", "guides/", T("nav.guides"), "guides", () => new Dictionary<string, object?>
        {
            ["guides"] = model.Guides.Select(records.Guide).ToList(),
        });
        foreach (var g in model.Guides)
        {
            yield return pages.Job("guide.liquid", SiteUrls.Guide(g.Id), g.Title, "guides", () => new Dictionary<string, object?> { ["guide"] = records.Guide(g) },
                published: g.Published, updated: g.Updated, source: views.AgencyOf(g.Agency).Name);
        }
    }

    private IEnumerable<PageJob> Notices()
    {
        yield return pages.Job("notices.liquid", "notices/", T("nav.notices"), "notices", () => new Dictionary<string, object?>
        {
            ["notices"] = model.Notices.Select(records.Notice).ToList(),
        });
        foreach (var n in model.Notices)
        {
            yield return pages.Job("notice.liquid", SiteUrls.Notice(n), n.Title, "notices", () => new Dictionary<string, object?> { ["notice"] = records.Notice(n) },
                published: n.Published, updated: n.Updated, source: views.AgencyOf(n.Agency).Name);
        }
    }

    private IEnumerable<PageJob> Decisions()
    {
        foreach (var d in model.Decisions)
        {
            var category = views.Label(ClosedSets.Categories, d.Category);
            yield return pages.Job("decision.liquid", SiteUrls.Decision(d), d.Title, "decisions", () => new Dictionary<string, object?> { ["decision"] = views.Decision(d) },
                trail: [new LinkView(category, SiteUrls.DecisionsByCategory(d.Category))], published: d.Published, updated: d.Updated, source: views.AgencyOf(d.Agency).Name);
        }

        foreach (var d in model.WithdrawalNotices)
        {
            var view = views.Withdrawal(d);
            yield return pages.Job("withdrawn.liquid", view.Url, T("withdrawn.title"), "decisions", () => new Dictionary<string, object?> { ["notice"] = view },
                published: d.Withdrawal!.Date, source: view.Agency.Name);
        }
    }

    private IEnumerable<PageJob> Inspections()
    {
        yield return pages.Job("inspections.liquid", "inspections/", T("nav.inspections"), "inspections", () => new Dictionary<string, object?>
        {
            ["plans"] = model.InspectionPlans.Select(records.Plan).ToList(),
            ["results"] = model.InspectionResults.Select(records.Result).ToList(),
        });
        foreach (var p in model.InspectionPlans)
        {
            var view = records.Plan(p);
            yield return pages.Job("inspection-plan.liquid", view.Url, p.Title, "inspections", () => new Dictionary<string, object?> { ["plan"] = view },
                published: p.Published, updated: p.Updated, source: view.Agency.Name);
        }

        foreach (var r in model.InspectionResults)
        {
            var view = records.Result(r);
            yield return pages.Job("inspection-result.liquid", view.Url, r.Title, "inspections", () => new Dictionary<string, object?> { ["result"] = view },
                published: r.Published, updated: r.Updated, source: view.Agency.Name);
        }
    }

    private IEnumerable<PageJob> Reports()
    {
        var all = model.Reports.Select(r => reports.Report(r.Report, r.Figures)).ToList();
        yield return pages.Job("reports.liquid", "reports/", T("nav.reports"), "reports", () => new Dictionary<string, object?> { ["reports"] = all });
        foreach (var (report, figures) in model.Reports)
        {
            var view = reports.Report(report, figures);
            yield return pages.Job("report.liquid", view.Url, report.Title, "reports", () => new Dictionary<string, object?> { ["report"] = view },
                published: report.Published, updated: report.Updated, source: view.Agency.Name);
        }
    }

    private IEnumerable<PageJob> Corrections()
    {
        yield return pages.Job("corrections.liquid", "corrections/", T("nav.corrections"), "corrections", () => new Dictionary<string, object?>
        {
            ["corrections"] = model.Corrections.Select(records.Correction).ToList(),
        });
    }

    private IEnumerable<PageJob> StaticPages()
    {
        yield return pages.Job("about.liquid", "about/", T("page.about"), "about");
        yield return pages.Job("accessibility.liquid", "accessibility/", T("page.accessibility"), "accessibility");
        yield return pages.Job("search.liquid", "search/", T("search.title"), "search");
        yield return pages.Job("data.liquid", "data/", T("nav.data"), "data", () => new Dictionary<string, object?>
        {
            ["data_files"] = dataFiles,
            ["schema_version"] = OpenDataExporter.SchemaVersion,
        });
    }
}
