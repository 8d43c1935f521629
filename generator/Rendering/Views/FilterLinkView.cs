namespace Disclosure.Generator.Rendering.Views;

/// <summary>One choice of a filter: its label, URL, count, and whether it is the current page.</summary>
internal sealed record FilterLinkView(string Title, string Url, int Count, bool Current);
