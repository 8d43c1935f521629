using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Output;

/// <summary>
/// An incremental build's target: only files that differ from the previous build are written, into a delta
/// folder beside the output. <see cref="Commit"/> marks the delta committed (one atomic rename of a marker
/// that lists the files to delete) and then moves each file into the site with an atomic rename. A build
/// killed before the marker leaves the previous site as it was; one killed after it is rolled forward by the
/// next build, which finishes the moves before doing anything else.
/// </summary>
internal sealed class OutputDelta : SideFolder, IOutputTarget
{
    private const string StateFile = ".state";
    private readonly OutputFolder _folder;

    private OutputDelta(FileStream gate, OutputFolder folder, string delta, BuildState previous)
        : base(gate, delta)
    {
        _folder = folder;
        Previous = previous;
    }

    /// <inheritdoc/>
    public BuildState? Previous { get; }

    /// <summary>
    /// Opens the output for an incremental build when the previous build left a state made under the same
    /// <paramref name="key"/>; otherwise a full build's staging folder (after reporting nothing: a first build
    /// is simply full). Null after reporting why neither can be opened.
    /// </summary>
    public static IOutputTarget? Begin(string target, string key, DiagnosticSink sink)
    {
        var folder = OutputFolder.Of(target);
        FileStream? gate = null;
        try
        {
            gate = folder.Lock(sink);
            if (gate is null)
            {
                return null;
            }

            folder.Recover();
            var previous = Directory.Exists(folder.Target) ? BuildState.Read(folder.StatePath) : null;
            if (previous is not null && previous.Key == key)
            {
                var delta = folder.Side("delta");
                OutputFolder.DeleteTree(delta);
                Directory.CreateDirectory(delta);
                return new OutputDelta(gate, folder, delta, previous);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            gate?.Dispose();
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(folder.Name), ex.Message);
            return null;
        }

        gate.Dispose();
        return OutputStaging.Begin(target, sink);
    }

    /// <inheritdoc/>
    public bool Commit(BuildState state, DiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            state.Write(Path.Combine(Folder, StateFile));
            var removed = Previous!.Files.Keys.Where(p => !state.Files.ContainsKey(p)).Order(StringComparer.Ordinal);
            var marker = Path.Combine(Folder, OutputFolder.CommitMarker);
            File.WriteAllLines(marker + ".tmp", removed);
            File.Move(marker + ".tmp", marker);
            Committed = true;
            RollForward(_folder, Folder);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(_folder.Name), ex.Message);
            return false;
        }
    }

    /// <summary>Moves a committed delta's files into the site, deletes the files it lists, and installs its state.</summary>
    public static void RollForward(OutputFolder folder, string delta)
    {
        var marker = Path.Combine(delta, OutputFolder.CommitMarker);
        var removed = File.ReadAllLines(marker);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(delta, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(delta, file);
            if (relative is OutputFolder.CommitMarker or StateFile)
            {
                continue;
            }

            var destination = Path.Combine(folder.Target, relative);
            var parent = Path.GetDirectoryName(destination)!;
            if (created.Add(parent))
            {
                Directory.CreateDirectory(parent);
            }

            File.Move(file, destination, overwrite: true);
        }

        foreach (var path in removed.Where(p => p.Length > 0))
        {
            var file = Path.Combine(folder.Target, path);
            File.Delete(file);
            RemoveEmptyFolders(folder.Target, Path.GetDirectoryName(file)!);
        }

        var state = Path.Combine(delta, StateFile);
        if (File.Exists(state))
        {
            File.Move(state, folder.StatePath, overwrite: true);
        }
        else
        {
            // Without its state the site no longer matches the old one: the next build must be a full one.
            BuildState.Delete(folder.StatePath);
        }

        OutputFolder.DeleteTree(delta);
    }

    private static void RemoveEmptyFolders(string root, string folder)
    {
        var full = Path.GetFullPath(root);
        while (folder.Length > full.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
