using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Output;

/// <summary>
/// Writes an <see cref="OutputPlan"/> all or nothing: into a temporary folder beside the target, then a
/// swap of folders. A failed or killed build leaves the previous site as it was.
/// </summary>
internal static class OutputWriter
{
    /// <summary>Writes the plan to the target folder; returns false after reporting why it could not.</summary>
    public static bool Write(OutputPlan plan, string target, DiagnosticSink sink)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetFileName(full);
        var lockPath = Path.Combine(parent, $".{name}.lock");
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            using var gate = AcquireLock(lockPath, full, sink);
            if (gate is null)
            {
                return false;
            }

            RemoveStale(parent, name);
            WriteAll(plan, staging);
            if (Directory.Exists(full))
            {
                Directory.Move(full, retired);
                Directory.Move(staging, full);
                Directory.Delete(retired, recursive: true);
            }
            else
            {
                Directory.Move(staging, full);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(name), ex.Message);
            TryDelete(staging);
            if (!Directory.Exists(full) && Directory.Exists(retired))
            {
                Directory.Move(retired, full);
            }

            return false;
        }
    }

    private static FileStream? AcquireLock(string lockPath, string target, DiagnosticSink sink)
    {
        try
        {
            // The OS releases the lock if the process dies, so a killed build never blocks the next one.
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            sink.Report(RuleCodes.OutputLocked, SourceLocation.FileStart(Path.GetFileName(target)), Path.GetFileName(target));
            return null;
        }
    }

    private static void RemoveStale(string parent, string name)
    {
        // Leftovers of a killed build: staging copies are incomplete; an old copy beside a missing target is restored.
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.new-*"))
        {
            TryDelete(dir);
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
                TryDelete(dir);
            }
        }
    }

    private static void WriteAll(OutputPlan plan, string staging)
    {
        TryDelete(staging);
        Directory.CreateDirectory(staging);
        var paths = plan.Paths;
        foreach (var dir in paths.Select(p => Path.GetDirectoryName(p)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(staging, dir!));
        }

        Parallel.ForEach(paths, path =>
        {
            var entry = plan[path];
            var destination = Path.Combine(staging, path);
            if (entry.Content is { } bytes)
            {
                File.WriteAllBytes(destination, bytes);
            }
            else
            {
                File.Copy(entry.SourceFile!, destination);
            }
        });
    }

    private static void TryDelete(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
