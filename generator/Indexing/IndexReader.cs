namespace Disclosure.Generator.Indexing;

/// <summary>
/// The reference query's access to index files: whole files, or byte ranges sliced from whole files (the
/// reference need not save bandwidth; the client does), each logged as the client would fetch it.
/// </summary>
internal sealed class IndexReader(Func<string, byte[]> load)
{
    private readonly List<IndexRead> _reads = [];

    /// <summary>Every read so far, in order.</summary>
    public IReadOnlyList<IndexRead> Reads => _reads;

    /// <summary>A whole file.</summary>
    public byte[] Whole(string path)
    {
        var bytes = load(path);
        _reads.Add(new IndexRead(path, 0, bytes.Length, WholeFile: true));
        return bytes;
    }

    /// <summary>Bytes <c>[offset, offset + length)</c> of a file.</summary>
    public byte[] Range(string path, long offset, int length)
    {
        var bytes = load(path);
        if (offset < 0 || length < 0 || offset + length > bytes.Length)
        {
            throw new InvalidDataException($"{path} has {bytes.Length} bytes, not {offset}+{length}");
        }

        _reads.Add(new IndexRead(path, offset, length, WholeFile: false));
        return bytes.AsSpan((int)offset, length).ToArray();
    }
}
