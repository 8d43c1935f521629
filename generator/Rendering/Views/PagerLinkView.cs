namespace Disclosure.Generator.Rendering.Views;

/// <summary>One page number in a pager.</summary>
internal sealed record PagerLinkView(int Number, string Url, bool Current);
