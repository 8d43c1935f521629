namespace Disclosure.Generator.Rendering.Views;

/// <summary>A group of filter choices (by agency, by category, by year).</summary>
internal sealed record FilterGroupView(string Title, IReadOnlyList<FilterLinkView> Links);
