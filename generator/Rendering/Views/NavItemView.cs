namespace Disclosure.Generator.Rendering.Views;

/// <summary>A main navigation entry; <see cref="Key"/> is compared with the page's column to mark the current one.</summary>
internal sealed record NavItemView(string Key, string Title, string Url);
