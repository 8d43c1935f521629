using System.Collections.Concurrent;
using System.Text;

namespace Disclosure.Generator.Output;

/// <summary>
/// Everything a build produces, as it is produced: each file is checked for a unique, site-relative path,
/// scanned for personal data and, when the build writes, streamed straight into the staging folder, so
/// memory does not grow with the size of the site. Filled by the stages in parallel.
/// </summary>
internal sealed class OutputPlan(OutputPrivacyScan? scan, OutputStaging? staging)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, long> _sizes = new(StringComparer.Ordinal);

    /// <summary>Number of files.</summary>
    public int Count => _sizes.Count;

    /// <summary>Total bytes of the files added with content (copies not counted).</summary>
    public long Bytes => _sizes.Values.Sum();

    /// <summary>True when a file is planned at the path.</summary>
    public bool Contains(string path) => _sizes.ContainsKey(path);

    /// <summary>Adds a text file (written as UTF-8 without a byte-order mark).</summary>
    public void AddText(string path, string text)
    {
        Claim(path);
        scan?.Check(path, text);
        if (staging is not null)
        {
            var bytes = Utf8.GetBytes(text);
            _sizes[path] = bytes.Length;
            staging.Write(path, bytes);
        }
    }

    /// <summary>Adds a file with the given content.</summary>
    public void Add(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Claim(path);
        _sizes[path] = content.Length;
        scan?.Check(path, content);
        staging?.Write(path, content);
    }

    /// <summary>Adds a file copied from disk (attachments, theme assets).</summary>
    public void AddCopy(string path, string sourceFile)
    {
        Claim(path);
        if (scan is not null && OutputPrivacyScan.Covers(path))
        {
            scan.Check(path, File.ReadAllBytes(sourceFile));
        }

        staging?.Copy(path, sourceFile);
    }

    private void Claim(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output path must be site-relative: {path}", nameof(path));
        }

        if (!_sizes.TryAdd(path, 0))
        {
            throw new InvalidOperationException($"Two outputs claim the path {path}.");
        }
    }
}
