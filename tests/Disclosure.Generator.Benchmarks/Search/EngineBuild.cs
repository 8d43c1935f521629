namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// One engine's index build at one size: seconds (null when not measured), peak resident memory in kB (−1
/// when unknown), the index it wrote, and a note that explains a missing or partial number.
/// </summary>
internal sealed record EngineBuild(string Engine, double? Seconds, long PeakKilobytes, IndexSize Size, string Note)
{
    /// <summary>The build finished and wrote an index the browser can be pointed at.</summary>
    public bool Usable { get; init; } = true;
}
