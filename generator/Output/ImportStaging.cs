using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Output;

/// <summary>
/// Where <c>import</c> writes record files: a delta folder beside the target (<c>.decisions.delta-PID/</c>),
/// under the same lock and with the same commit as an incremental build (<see cref="OutputDelta"/>): a marker
/// renamed into place commits it, then each file is moved in with an atomic rename. Killed before the marker,
/// the target is untouched and the next run removes the delta; killed after it, the next run finishes the moves.
/// Files already in the target are never deleted.
/// </summary>
internal sealed class ImportStaging : SideFolder
{
    private readonly OutputFolder _folder;

    private ImportStaging(FileStream gate, OutputFolder folder, string delta)
        : base(gate, delta) => _folder = folder;

    /// <summary>Whether a file under the target is absent, identical to <paramref name="content"/>, or different.</summary>
    public static bool? SameAsExisting(string target, string path, ReadOnlySpan<byte> content)
    {
        var file = Path.Combine(target, path);
        return File.Exists(file) ? File.ReadAllBytes(file).AsSpan().SequenceEqual(content) : null;
    }

    /// <summary>Takes the lock and prepares an empty delta folder; null after reporting why not.</summary>
    public static ImportStaging? Begin(string target, DiagnosticSink sink)
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
            var delta = folder.Side("delta");
            OutputFolder.DeleteTree(delta);
            Directory.CreateDirectory(delta);
            return new ImportStaging(gate, folder, delta);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            gate?.Dispose();
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(folder.Name), ex.Message);
            return null;
        }
    }

    /// <summary>Commits the delta and moves its files into the target; false after reporting why not.</summary>
    public bool Commit(DiagnosticSink sink)
    {
        try
        {
            // An empty list of files to delete: an import only adds or replaces.
            var marker = Path.Combine(Folder, OutputFolder.CommitMarker);
            File.WriteAllText(marker + ".tmp", string.Empty);
            File.Move(marker + ".tmp", marker);
            Committed = true;
            OutputDelta.RollForward(_folder, Folder);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(_folder.Name), ex.Message);
            return false;
        }
    }
}
