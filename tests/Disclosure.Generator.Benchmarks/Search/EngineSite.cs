namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// What the browser opens for an engine: the folder served on loopback, the search page's path in it, and
/// which request paths (site-relative, no leading '/') are index data rather than page, script, style or wasm.
/// </summary>
internal sealed record EngineSite(string Root, string PagePath, Func<string, bool> IsIndexData);
