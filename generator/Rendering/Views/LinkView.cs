namespace Disclosure.Generator.Rendering.Views;

/// <summary>A link: text and a site-relative URL (templates prefix it with the page's root).</summary>
internal sealed record LinkView(string Title, string Url);
