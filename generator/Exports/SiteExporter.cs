using System.Text;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Model;
using Disclosure.Generator.Output;
using Disclosure.Generator.Pipeline;
using Disclosure.Generator.Rendering;

namespace Disclosure.Generator.Exports;

/// <summary>
/// Adds the Atom feeds, the sitemap and robots.txt to the output plan, so they are scanned, staged and
/// written (or skipped when unchanged) like pages. Feeds and sitemaps need absolute addresses: without a real
/// <c>base_url</c> they are not written, and DISC170 says so.
/// </summary>
internal static class SiteExporter
{
    /// <summary>The feeds a site with this model and configuration publishes (none without a real base_url).</summary>
    public static IReadOnlyList<Feed> Feeds(SiteModel model, Func<string, string> text) =>
        model.Config.PublicBaseUrl is null ? [] : new FeedPlanner(model, text).Plan();

    /// <summary>Writes the feeds, sitemap and robots.txt into the plan.</summary>
    public static void Export(SiteModel model, IReadOnlyList<Feed> feeds, IReadOnlyList<RenderedPage> pages, OutputPlan plan, BuildContext context)
    {
        var baseUrl = model.Config.PublicBaseUrl;
        if (baseUrl is null)
        {
            context.Sink.Report(RuleCodes.BaseUrlMissing, SourceLocation.FileStart("site.yml"));
        }
        else
        {
            var author = model.Config.Organiser ?? model.Config.Host;
            foreach (var feed in feeds)
            {
                plan.Add(feed.Path, AtomWriter.Write(feed, baseUrl, model.Config.Language, author));
            }

            foreach (var (path, content) in SitemapWriter.Write(pages, baseUrl))
            {
                plan.Add(path, content);
            }
        }

        plan.Add("robots.txt", Robots(baseUrl));
    }

    /// <summary>
    /// Everything may be crawled (the site is public by law); the sitemap is named when its address is known.
    /// Crawlers read robots.txt only at a host's root, so it takes effect when the site is served there.
    /// </summary>
    private static byte[] Robots(string? baseUrl)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl is not null)
        {
            text.Append("\nSitemap: ").Append(baseUrl).Append("sitemap.xml\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
