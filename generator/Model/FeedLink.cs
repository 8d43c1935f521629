namespace Disclosure.Generator.Model;

/// <summary>An Atom feed as pages link to it: its site-relative path, its title and the page it mirrors.</summary>
internal sealed record FeedLink(string Path, string Title, string AlternateUrl);
