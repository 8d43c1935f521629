namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// One query typed into one engine's page in a fresh browser context (empty cache): bytes received on the
/// wire (headers and bodies) for index data and in total (page, scripts, styles, wasm and index), the number
/// of requests, milliseconds from the input event to the first result link (null when none appeared), to the
/// end of the query (first result, or the page reporting none or failure), and how it ended.
/// </summary>
internal sealed record QueryMeasurement(long IndexBytes, long TotalBytes, int Requests, double? FirstResultMs, double? DoneMs, string State);
