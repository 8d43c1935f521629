using System.Collections.Concurrent;

namespace Disclosure.Generator.Output;

/// <summary>
/// Everything a build will write: site-relative path → bytes, or a source file to copy. Filled by the
/// stages in parallel; enumerated in ordinal path order so that writing is deterministic.
/// </summary>
internal sealed class OutputPlan
{
    private readonly ConcurrentDictionary<string, OutputEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Adds a file with the given content; a second file at one path is a bug.</summary>
    public void Add(string path, byte[] content) => AddEntry(path, new OutputEntry(content, null));

    /// <summary>Adds a file copied from disk (attachments, theme assets).</summary>
    public void AddCopy(string path, string sourceFile) => AddEntry(path, new OutputEntry(null, sourceFile));

    /// <summary>Number of files.</summary>
    public int Count => _entries.Count;

    /// <summary>True when a file is planned at the path.</summary>
    public bool Contains(string path) => _entries.ContainsKey(path);

    /// <summary>The planned content of a file (copies are read from disk).</summary>
    public byte[] Read(string path)
    {
        var entry = _entries[path];
        return entry.Content ?? File.ReadAllBytes(entry.SourceFile!);
    }

    /// <summary>All paths in ordinal order.</summary>
    public IReadOnlyList<string> Paths => [.. _entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The entry at a path.</summary>
    public OutputEntry this[string path] => _entries[path];

    private void AddEntry(string path, OutputEntry entry)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output path must be site-relative: {path}", nameof(path));
        }

        if (!_entries.TryAdd(path, entry))
        {
            throw new InvalidOperationException($"Two outputs claim the path {path}.");
        }
    }
}
