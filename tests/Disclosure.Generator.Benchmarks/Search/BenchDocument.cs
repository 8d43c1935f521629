namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>One exported page: its site-relative address, its heading, and the visible text of its main content.</summary>
internal sealed record BenchDocument(string Url, string Title, string Text);
