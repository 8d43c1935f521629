using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Output;

/// <summary>
/// The files a build keeps beside its output folder NAME: <c>.NAME.lock</c> (held while a build writes),
/// <c>.NAME.new-PID</c> (a full build's staging copy), <c>.NAME.old-PID</c> (the site being replaced),
/// <c>.NAME.delta-PID</c> (an incremental build's changed files) and <c>.NAME.state</c>.
/// </summary>
internal sealed record OutputFolder(string Target, string Parent, string Name)
{
    /// <summary>The marker that makes a delta folder committed: from then on it is rolled forward, never dropped.</summary>
    public const string CommitMarker = ".commit";

    /// <summary>Resolves the output folder.</summary>
    public static OutputFolder Of(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        return new OutputFolder(full, Path.GetDirectoryName(full) ?? ".", Path.GetFileName(full));
    }

    /// <summary>The state file.</summary>
    public string StatePath => Path.Combine(Parent, $".{Name}.state");

    /// <summary>A side folder of this process (new, old or delta).</summary>
    public string Side(string kind) => Path.Combine(Parent, $".{Name}.{kind}-{Environment.ProcessId}");

    /// <summary>
    /// Takes the build lock, or reports that another build holds it. The OS releases the lock if the process
    /// dies, so a killed build never blocks the next one.
    /// </summary>
    public FileStream? Lock(DiagnosticSink sink)
    {
        Directory.CreateDirectory(Parent);
        try
        {
            return new FileStream(Path.Combine(Parent, $".{Name}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            sink.Report(RuleCodes.OutputLocked, SourceLocation.FileStart(Name), Name);
            return null;
        }
    }

    /// <summary>
    /// Finishes or discards what a killed build left (call under the lock): a staging copy is incomplete and is
    /// removed; an old copy beside a missing target is put back; a committed delta is rolled forward and an
    /// uncommitted one removed.
    /// </summary>
    public void Recover()
    {
        foreach (var dir in Directory.EnumerateDirectories(Parent, $".{Name}.new-*"))
        {
            DeleteTree(dir);
        }

        foreach (var dir in Directory.EnumerateDirectories(Parent, $".{Name}.old-*").Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(Target))
            {
                Directory.Move(dir, Target);
            }
            else
            {
                DeleteTree(dir);
            }
        }

        foreach (var dir in Directory.EnumerateDirectories(Parent, $".{Name}.delta-*").Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, CommitMarker)))
            {
                OutputDelta.RollForward(this, dir);
            }
            else
            {
                DeleteTree(dir);
            }
        }
    }

    /// <summary>Deletes a folder tree, its top-level subfolders in parallel (a large site has many files).</summary>
    public static void DeleteTree(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        Parallel.ForEach(Directory.GetDirectories(dir), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(dir, recursive: true);
    }
}
