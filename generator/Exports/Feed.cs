namespace Disclosure.Generator.Exports;

/// <summary>One Atom feed: where it is written, what it is called, which page it mirrors, and its entries, newest first.</summary>
internal sealed record Feed(string Path, string Title, string AlternateUrl, IReadOnlyList<FeedEntry> Entries);
