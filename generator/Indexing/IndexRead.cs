namespace Disclosure.Generator.Indexing;

/// <summary>One read a query made: a whole file, or a byte range of one (what the client fetches with <c>Range</c>).</summary>
/// <param name="Path">File path relative to the index folder.</param>
/// <param name="Offset">First byte read.</param>
/// <param name="Length">Bytes read.</param>
/// <param name="WholeFile">True when the whole file was needed.</param>
internal sealed record IndexRead(string Path, long Offset, long Length, bool WholeFile);
