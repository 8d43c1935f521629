using System.Text;
using AngleSharp.Html.Parser;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Turns the site model into search documents: every published decision, officer, agency, power list and
/// service guide, with the text its page shows. It reads only the model, which holds no withheld record
/// (excluded, withdrawn, expired or scheduled decisions, officers of confidential agencies), so nothing
/// withheld can be found; withdrawal notices are not indexed, and a natural person who is a party appears
/// only in masked form.
/// Decisions are indexed from their record fields, which are exactly what their pages show: reading a
/// million pages back would cost minutes. The other pages (officers, agencies, power lists, guides: a few
/// thousand at most) are indexed from the rendered page, read with AngleSharp, so whatever their templates
/// show can be found; their fields are the fallback when a page was not kept.
/// </summary>
internal static class SiteIndexer
{
    /// <summary>The pages whose rendered HTML <see cref="Documents"/> reads: every indexed page but the decisions.</summary>
    public static IReadOnlySet<string> PageUrls(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        urls.UnionWith(model.Officers.Where(o => o.Certificate is not null).Select(SiteUrls.Officer));
        urls.UnionWith(model.Agencies.Select(a => SiteUrls.Agency(a.Id)));
        urls.UnionWith(model.Powers.Select(p => SiteUrls.Powers(p.Agency)));
        urls.UnionWith(model.Guides.Select(g => SiteUrls.Guide(g.Id)));
        return urls;
    }

    /// <summary>
    /// The documents of a site, in no particular order (the builder numbers them by id). <paramref name="pages"/>
    /// maps a page URL to its rendered HTML (see <see cref="PageUrls"/>).
    /// </summary>
    public static List<SearchDocument> Documents(SiteModel model, IReadOnlyDictionary<string, string>? pages = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var english = model.Config.Language == "en";
        string Kind(string zh, string en) => english ? en : zh;
        string AgencyName(RecordId id) => model.AgencyOf(id).Name;
        string Category(DecisionCategory c) => english ? ClosedSets.Categories.English(c) : ClosedSets.Categories.Chinese(c);

        var documents = new List<SearchDocument>(model.Decisions.Count + 1000);
        documents.AddRange(model.Decisions.AsParallel().AsOrdered().Select(d =>
        {
            var keys = new List<ExactKey> { new(ExactKeyKind.DocumentNumber, d.DocumentNumber.Value) };
            if (d.Target.Type != TargetType.NaturalPerson)
            {
                if (d.Target.CreditCode is { } code)
                {
                    keys.Add(new ExactKey(ExactKeyKind.CreditCode, code.Value));
                }

                keys.Add(new ExactKey(ExactKeyKind.OrganisationName, d.Target.PublicName));
            }

            return new SearchDocument(
                "decision:" + d.Id,
                SiteUrls.Decision(d),
                d.Title,
                Kind("执法决定", "Decision"),
                AgencyName(d.Agency),
                Category(d.Category),
                d.DecisionDate.Year,
                d.Withdrawal is null ? Kind("公示中", "Published") : string.Empty,
                // The page also shows the deciding agency, the category and the redacted full text when published: a
                // query naming them with a word of the case (超标排放 青禾县) must find it, as it would on the page.
                Join(d.DocumentNumber.Value, d.Target.PublicName, d.Facts, d.LegalBasis, d.Summary, d.LateReason, AgencyName(d.Agency), Category(d.Category), d.Body),
                keys);
        }));

        foreach (var o in model.Officers)
        {
            if (o.Certificate is not { } certificate)
            {
                continue;
            }

            documents.Add(new SearchDocument(
                "officer:" + o.Id,
                SiteUrls.Officer(o),
                o.Name,
                Kind("执法人员", "Officer"),
                AgencyName(o.Agency),
                string.Empty,
                null,
                string.Empty,
                PageText(pages, SiteUrls.Officer(o)) ?? Join(certificate.Number.Value, o.Unit, o.Post, o.Category, o.Region),
                [new ExactKey(ExactKeyKind.CertificateNumber, certificate.Number.Value)]));
        }

        foreach (var a in model.Agencies)
        {
            var keys = new List<ExactKey> { new(ExactKeyKind.OrganisationName, a.Name) };
            if (a.CreditCode is { } code)
            {
                keys.Add(new ExactKey(ExactKeyKind.CreditCode, code.Value));
            }

            documents.Add(new SearchDocument(
                "agency:" + a.Id, SiteUrls.Agency(a.Id), a.Name, Kind("执法主体", "Agency"), a.Name, string.Empty, null, string.Empty,
                PageText(pages, SiteUrls.Agency(a.Id)) ?? Join(a.ShortName, a.ParentBody, a.Functions, a.Duties, a.Jurisdiction, a.EnforcementRegion), keys));
        }

        foreach (var p in model.Powers)
        {
            documents.Add(new SearchDocument(
                "powers:" + p.Id, SiteUrls.Powers(p.Agency), AgencyName(p.Agency) + Kind("执法事项清单", " power list"), Kind("执法事项", "Powers"),
                AgencyName(p.Agency), string.Empty, null, string.Empty,
                PageText(pages, SiteUrls.Powers(p.Agency)) ?? Join([.. p.Items.SelectMany(i => new[] { i.Code, i.Name, Category(i.Type), i.Basis, i.Body })]), []));
        }

        foreach (var g in model.Guides)
        {
            documents.Add(new SearchDocument(
                "guide:" + g.Id, SiteUrls.Guide(g.Id), g.Title, Kind("服务指南", "Service guide"), AgencyName(g.Agency), string.Empty, g.Published.Year, string.Empty,
                PageText(pages, SiteUrls.Guide(g.Id)) ?? Join(g.Power, g.Basis, g.AcceptingBody, g.ApprovingBody, g.Conditions, g.Process, g.LegalTimeLimit, g.PromisedTimeLimit, g.Fees, g.Address), []));
        }

        return documents;
    }

    // The visible text of the page's main content, one line per block, without its heading (the title is
    // indexed on its own, with a higher weight).
    private static string? PageText(IReadOnlyDictionary<string, string>? pages, string url)
    {
        if (pages is null || !pages.TryGetValue(url, out var html))
        {
            return null;
        }

        using var document = new HtmlParser().ParseDocument(html);
        if (document.QuerySelector("main") is not { } main)
        {
            return null;
        }

        foreach (var hidden in main.QuerySelectorAll("h1, script, style, template, [hidden], [aria-hidden=true]").ToList())
        {
            hidden.Remove();
        }

        return Join([.. main.TextContent.Split('\n')]);
    }

    private static string Join(params string?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append(part.Trim()).Append('\n');
            }
        }

        return text.ToString();
    }
}
