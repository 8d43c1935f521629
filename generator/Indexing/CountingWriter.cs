namespace Disclosure.Generator.Indexing;

/// <summary>Passes index files to the caller's callback and counts them.</summary>
internal sealed class CountingWriter(Action<string, byte[]> write)
{
    /// <summary>Files written.</summary>
    public int Files { get; private set; }

    /// <summary>Bytes written.</summary>
    public long Bytes { get; private set; }

    /// <summary>Writes a file and returns its path.</summary>
    public string Write(string path, byte[] content)
    {
        write(path, content);
        Files++;
        Bytes += content.Length;
        return path;
    }
}
