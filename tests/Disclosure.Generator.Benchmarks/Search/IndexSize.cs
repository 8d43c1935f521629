namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// An index on disk: its bytes as stored, its bytes as a gzip-capable server would send them (see
/// <see cref="IndexFiles"/>), and its number of files.
/// </summary>
internal sealed record IndexSize(long Bytes, long Transferred, int Files)
{
    public static readonly IndexSize None = new(0, 0, 0);
}
