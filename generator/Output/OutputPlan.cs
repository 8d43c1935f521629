using System.Collections.Concurrent;
using System.Text;

namespace Disclosure.Generator.Output;

/// <summary>
/// Everything a build produces, as it is produced: each file gets a unique, site-relative path and a content
/// hash, is scanned for personal data and, when the build writes, is streamed straight to the output target,
/// so memory does not grow with the size of the site. In an incremental build a file whose hash equals the
/// previous build's (checked under the same key) was already scanned and written, and is skipped.
/// Filled by the stages in parallel.
/// </summary>
internal sealed class OutputPlan(OutputPrivacyScan? scan, IOutputTarget? target, string key)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, UInt128> _hashes = new(StringComparer.Ordinal);
    private readonly BuildState? _previous = target?.Previous is { } p && p.Key == key ? p : null;
    private int _written;

    /// <summary>Number of files.</summary>
    public int Count => _hashes.Count;

    /// <summary>Files written by this build (in an incremental build, only those that changed).</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>True when a file is planned at the path.</summary>
    public bool Contains(string path) => _hashes.ContainsKey(path);

    /// <summary>The state to record for the next incremental build.</summary>
    public BuildState State => new(key, new Dictionary<string, UInt128>(_hashes, StringComparer.Ordinal));

    /// <summary>Adds a text file (written as UTF-8 without a byte-order mark).</summary>
    public void AddText(string path, string text)
    {
        Claim(path);
        if (target is null)
        {
            scan?.Check(path, text);
            return;
        }

        var bytes = Utf8.GetBytes(text);
        if (Unchanged(path, bytes))
        {
            return;
        }

        scan?.Check(path, text);
        target.Write(path, bytes);
        Interlocked.Increment(ref _written);
    }

    /// <summary>Adds a file with the given content.</summary>
    public void Add(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Claim(path);
        if (Unchanged(path, content))
        {
            return;
        }

        scan?.Check(path, content);
        if (target is not null)
        {
            target.Write(path, content);
            Interlocked.Increment(ref _written);
        }
    }

    /// <summary>Adds a file copied from disk (attachments, theme assets).</summary>
    public void AddCopy(string path, string sourceFile) => Add(path, File.ReadAllBytes(sourceFile));

    private bool Unchanged(string path, ReadOnlySpan<byte> content)
    {
        var hash = BuildState.Hash(content);
        _hashes[path] = hash;
        return _previous is not null && _previous.Files.TryGetValue(path, out var before) && before == hash;
    }

    private void Claim(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.StartsWith('.') || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output path must be site-relative: {path}", nameof(path));
        }

        if (!_hashes.TryAdd(path, default))
        {
            throw new InvalidOperationException($"Two outputs claim the path {path}.");
        }
    }
}
