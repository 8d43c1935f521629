using System.Collections.Concurrent;

namespace Disclosure.Generator.Output;

/// <summary>
/// A folder beside the output that a build writes into under the build lock (a full build's staging copy or
/// an incremental build's delta). Disposing it removes the folder unless it was committed, and releases the
/// lock. Thread-safe for writes.
/// </summary>
internal abstract class SideFolder(FileStream gate, string folder) : IDisposable
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>The side folder's full path.</summary>
    protected string Folder => folder;

    /// <summary>Set once the folder has become (or is being moved into) the site, so it must not be removed.</summary>
    protected bool Committed { get; set; }

    /// <summary>Writes one file (site-relative path).</summary>
    public void Write(string path, ReadOnlySpan<byte> content) => File.WriteAllBytes(Prepare(path), content);

    /// <summary>Copies one file into the folder.</summary>
    public void Copy(string path, string sourceFile) => File.Copy(sourceFile, Prepare(path));

    /// <summary>Removes the folder unless it was committed, and releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            if (!Committed)
            {
                OutputFolder.DeleteTree(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build removes what is left; the previous site is untouched either way.
        }
        finally
        {
            gate.Dispose();
        }
    }

    private string Prepare(string path)
    {
        var parent = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(parent) && _folders.TryAdd(parent, true))
        {
            Directory.CreateDirectory(Path.Combine(folder, parent));
        }

        return Path.Combine(folder, path);
    }
}
