using System.Collections.Concurrent;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Model;
using Disclosure.Generator.Output;
using Disclosure.Generator.Pipeline;
using Disclosure.Generator.Rendering.Liquid;
using Disclosure.Generator.Rendering.Markdown;
using Disclosure.Generator.Rendering.Views;
using Fluid.Values;

namespace Disclosure.Generator.Rendering;

/// <summary>Renders every page of the site model through the theme, in parallel, into the output plan.</summary>
internal static class SiteRenderer
{
    /// <summary>
    /// Renders pages, the 404 page and theme assets. The HTML of pages whose URL is in <paramref name="keep"/>
    /// is also returned, so the search index can read what those pages show. <paramref name="dataFiles"/> lists
    /// the open-data files for the <c>/data/</c> index page. Pages link the <paramref name="feeds"/> that mirror
    /// them, and every page the site feed.
    /// </summary>
    public static RenderResult Render(
        SiteModel model, Theme theme, BuildContext context, OutputPlan plan, IReadOnlySet<string>? keep = null, IReadOnlyList<DataFileView>? dataFiles = null, IReadOnlyList<FeedLink>? feeds = null)
    {
        var templates = TemplateSet.Create(theme, context.Sink);
        var strings = new SiteStrings(theme, model.Config.Language);
        var english = model.Config.Language == "en";
        var views = new ViewFactory(model, new MarkdownRenderer(), strings.Get);
        var pages = new PageFactory(strings.Get, english);
        var planner = new PagePlanner(model, views, new RecordViews(views, model), new ReportViews(views, strings.Get), pages, dataFiles ?? []);
        var links = new PageLinks(model.Config, feeds ?? []);
        var jobs = planner.Plan().Append(NotFoundPage(model, pages)).Select(j => j with { Page = links.Complete(j.Page) }).ToList();
        var site = SiteViewOf(model, strings, english);
        var t = strings.ForTemplates();

        var count = 0;
        var kept = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var written = new ConcurrentBag<RenderedPage>();
        var fragments = new ConcurrentDictionary<string, Lazy<string>>(StringComparer.Ordinal);
        Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = context.Cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var values = new Dictionary<string, object?>(job.Values(), StringComparer.Ordinal)
            {
                ["site"] = site,
                ["page"] = job.Page,
                ["root"] = job.Page.Root,
                ["t"] = t,
            };
            try
            {
                foreach (var (name, fragment) in values.Where(v => v.Value is Fragment).Select(v => (v.Key, (Fragment)v.Value!)).ToList())
                {
                    values[name] = new StringValue(RenderFragment(fragment, job.Page.Root), encode: false);
                }

                var body = templates.Render(job.Template, values);
                var html = templates.Render("layout.liquid", values, body);
                plan.AddText(job.Page.Url == "404/" ? "404.html" : SiteUrls.FileOf(job.Page.Url), html);
                if (job.Page.Url != "404/")
                {
                    written.Add(new RenderedPage(job.Page.Url, job.Page.UpdatedIso));
                }

                if (keep is not null && keep.Contains(job.Page.Url))
                {
                    kept[job.Page.Url] = html;
                }

                Interlocked.Increment(ref count);
            }
            catch (TemplateRenderException ex)
            {
                context.Sink.Report(RuleCodes.TemplateError, SourceLocation.FileStart("themes/" + model.Config.Theme + "/templates/" + ex.Template), ex.Template, ex.Detail);
            }
        });

        string RenderFragment(Fragment fragment, string root) => fragments.GetOrAdd(fragment.Template + "\u001f" + root + "\u001f" + fragment.Key, _ => new Lazy<string>(() =>
            templates.Render(fragment.Template, new Dictionary<string, object?>(fragment.Values, StringComparer.Ordinal) { ["site"] = site, ["root"] = root, ["t"] = t }))).Value;

        foreach (var (path, asset) in theme.Assets)
        {
            if (asset.Embedded is { } bytes)
            {
                plan.Add(path, bytes);
            }
            else
            {
                plan.AddCopy(path, asset.FilePath!);
            }
        }

        return new RenderResult(count, kept) { Written = [.. written] };
    }

    private static PageJob NotFoundPage(SiteModel model, PageFactory pages)
    {
        // The 404 page is served at any depth, so its links start from the site's absolute path.
        var job = pages.Job("404.liquid", "404/", pages.Text("page.not_found"), "home");
        var basePath = new Uri(model.Config.BaseUrl).AbsolutePath;
        return job with { Page = job.Page with { Root = basePath, Breadcrumbs = [] } };
    }

    private static SiteView SiteViewOf(SiteModel model, SiteStrings strings, bool english)
    {
        var c = model.Config;
        string[] columns = ["home", "agencies", "officers", "powers", "procedures", "guides", "notices", "decisions", "inspections", "reports", "corrections"];
        return new SiteView
        {
            Title = c.Title,
            Host = c.Host,
            Organiser = c.Organiser,
            SiteCode = c.Identifiers.SiteCode,
            Icp = c.Identifiers.Icp,
            PublicSecurity = c.Identifiers.PublicSecurity,
            Phone = c.Contact.Phone,
            Email = c.Contact.Email,
            Address = c.Contact.Address,
            Lang = c.Language,
            BaseUrl = c.BaseUrl,
            Domain = new Uri(c.BaseUrl).Host,
            BuildDate = ViewFormat.Date(model.Today, english)!,
            Nav = [.. columns.Select(k => new NavItemView(k, strings.Get("nav." + k), PageFactory.ColumnUrl(k)))],
        };
    }
}
