namespace Disclosure.Generator.Indexing;

/// <summary>
/// The reference query's access to index files: whole files, or byte ranges sliced from whole files (the
/// reference need not save bandwidth; the client does), each logged as the client would fetch it.
/// </summary>
internal sealed class IndexReader(Func<string, byte[]> load)
{
    private readonly List<IndexRead> _reads = [];

    // Each file is loaded once per query: a query with thousands of hits reads as many records from one part.
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Every read so far, in order.</summary>
    public IReadOnlyList<IndexRead> Reads => _reads;

    /// <summary>A whole file.</summary>
    public byte[] Whole(string path)
    {
        var bytes = Load(path);
        _reads.Add(new IndexRead(path, 0, bytes.Length, WholeFile: true));
        return bytes;
    }

    /// <summary>Bytes <c>[offset, offset + length)</c> of a file.</summary>
    public byte[] Range(string path, long offset, int length)
    {
        var bytes = Load(path);
        if (offset < 0 || length < 0 || offset + length > bytes.Length)
        {
            throw new InvalidDataException($"{path} has {bytes.Length} bytes, not {offset}+{length}");
        }

        _reads.Add(new IndexRead(path, offset, length, WholeFile: false));
        return bytes.AsSpan((int)offset, length).ToArray();
    }

    private byte[] Load(string path)
    {
        if (!_files.TryGetValue(path, out var bytes))
        {
            _files[path] = bytes = load(path);
        }

        return bytes;
    }
}
