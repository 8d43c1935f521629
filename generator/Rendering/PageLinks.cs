using Disclosure.Generator.Configuration;
using Disclosure.Generator.Model;
using Disclosure.Generator.Rendering.Views;

namespace Disclosure.Generator.Rendering;

/// <summary>
/// Completes a page view with what depends on the whole site: the feeds it announces and links, its author
/// for the metadata, and its absolute address.
/// </summary>
internal sealed class PageLinks(SiteConfig config, IReadOnlyList<FeedLink> feeds)
{
    private readonly string? _baseUrl = config.PublicBaseUrl;
    private readonly LinkView? _siteFeed = feeds.Where(f => f.AlternateUrl.Length == 0).Select(f => new LinkView(f.Title, f.Path)).FirstOrDefault();

    /// <summary>The page view with feeds, author and address filled in.</summary>
    public PageView Complete(PageView page)
    {
        var own = feeds.Where(f => f.AlternateUrl == page.Url).Select(f => new LinkView(f.Title, f.Path)).ToList();
        var head = _siteFeed is null ? own : [_siteFeed, .. own.Where(f => f != _siteFeed)];
        return page with
        {
            Feeds = own,
            HeadFeeds = head,
            Author = page.Source ?? config.Organiser ?? config.Host,
            // The 404 page is served at any address, so it claims none.
            AbsoluteUrl = _baseUrl is { } b && page.Url != "404/" ? b + page.Url : null,
        };
    }
}
