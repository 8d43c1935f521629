namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// One search engine under test at one corpus size: ours, Pagefind or lunr.js. It builds its index over the
/// built site, says what to serve to the browser, and lists every document a query finds, for recall.
/// </summary>
internal interface ISearchEngine
{
    string Name { get; }

    /// <summary>Builds (or, for ours, measures the build of) the index; called once per run.</summary>
    EngineBuild Build();

    /// <summary>What to open in the browser, or null with a reason when there is nothing to open.</summary>
    EngineSite? Site(out string reason);

    /// <summary>Every document the query finds, as site-relative URLs; null with a reason when it cannot be asked.</summary>
    Task<HashSet<string>?> FoundAsync(BenchQuery query, BrowserSession browser, Uri? address);
}
