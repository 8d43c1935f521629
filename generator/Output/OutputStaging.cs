using System.Collections.Concurrent;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Output;

/// <summary>
/// The folder a build writes into: a temporary folder beside the target, under a lock, swapped in by
/// <see cref="Commit"/>. Until then the previous site is untouched; a failed, cancelled or killed build
/// leaves only the staging folder, which the next build removes. Thread-safe for writes.
/// </summary>
internal sealed class OutputStaging : IDisposable
{
    private readonly FileStream _gate;
    private readonly string _target;
    private readonly string _staging;
    private readonly string _retired;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private OutputStaging(FileStream gate, string target, string staging, string retired)
    {
        _gate = gate;
        _target = target;
        _staging = staging;
        _retired = retired;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Folder => _staging;

    /// <summary>Takes the lock and prepares an empty staging folder; null (after reporting why) when another build holds the lock or the folder cannot be made.</summary>
    public static OutputStaging? Begin(string target, DiagnosticSink sink)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetFileName(full);
        FileStream? gate = null;
        try
        {
            Directory.CreateDirectory(parent);
            gate = AcquireLock(Path.Combine(parent, $".{name}.lock"), name, sink);
            if (gate is null)
            {
                return null;
            }

            RemoveStale(parent, name);
            var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
            DeleteTree(staging);
            Directory.CreateDirectory(staging);
            return new OutputStaging(gate, full, staging, Path.Combine(parent, $".{name}.old-{Environment.ProcessId}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            gate?.Dispose();
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(name), ex.Message);
            return null;
        }
    }

    /// <summary>Writes one file (site-relative path).</summary>
    public void Write(string path, ReadOnlySpan<byte> content) => File.WriteAllBytes(Prepare(path), content);

    /// <summary>Copies one file into the output.</summary>
    public void Copy(string path, string sourceFile) => File.Copy(sourceFile, Prepare(path));

    /// <summary>Swaps the staging folder in as the site; the old site is removed afterwards.</summary>
    public bool Commit(DiagnosticSink sink)
    {
        try
        {
            if (Directory.Exists(_target))
            {
                Directory.Move(_target, _retired);
                Directory.Move(_staging, _target);
                _committed = true;
                DeleteTree(_retired);
            }
            else
            {
                Directory.Move(_staging, _target);
                _committed = true;
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(Path.GetFileName(_target)), ex.Message);
            if (!Directory.Exists(_target) && Directory.Exists(_retired))
            {
                Directory.Move(_retired, _target);
            }

            return false;
        }
    }

    /// <summary>Removes the staging folder unless it was committed, and releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed)
            {
                DeleteTree(_staging);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build removes what is left; the previous site is untouched either way.
        }
        finally
        {
            _gate.Dispose();
        }
    }

    private string Prepare(string path)
    {
        var destination = Path.Combine(_staging, path);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && _folders.TryAdd(folder, true))
        {
            Directory.CreateDirectory(Path.Combine(_staging, folder));
        }

        return destination;
    }

    private static FileStream? AcquireLock(string lockPath, string name, DiagnosticSink sink)
    {
        try
        {
            // The OS releases the lock if the process dies, so a killed build never blocks the next one.
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            sink.Report(RuleCodes.OutputLocked, SourceLocation.FileStart(name), name);
            return null;
        }
    }

    private static void RemoveStale(string parent, string name)
    {
        // Leftovers of a killed build: staging copies are incomplete; an old copy beside a missing target is restored.
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.new-*"))
        {
            DeleteTree(dir);
        }

        var target = Path.Combine(parent, name);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.old-*").Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(dir, target);
            }
            else
            {
                DeleteTree(dir);
            }
        }
    }

    /// <summary>Deletes a folder tree, its top-level subfolders in parallel (a large site has many files).</summary>
    private static void DeleteTree(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        Parallel.ForEach(Directory.GetDirectories(dir), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(dir, recursive: true);
    }
}
