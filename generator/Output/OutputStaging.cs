using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Output;

/// <summary>
/// A full build's target: a temporary folder beside the output, under the lock, swapped in by
/// <see cref="Commit"/>. Until then the previous site is untouched; a failed, cancelled or killed build
/// leaves only the staging folder, which the next build removes.
/// </summary>
internal sealed class OutputStaging : SideFolder, IOutputTarget
{
    private readonly OutputFolder _folder;

    private OutputStaging(FileStream gate, OutputFolder folder, string staging)
        : base(gate, staging) => _folder = folder;

    /// <inheritdoc/>
    public BuildState? Previous => null;

    /// <summary>Takes the lock and prepares an empty staging folder; null (after reporting why) when another build holds the lock or the folder cannot be made.</summary>
    public static OutputStaging? Begin(string target, DiagnosticSink sink)
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
            var staging = folder.Side("new");
            OutputFolder.DeleteTree(staging);
            Directory.CreateDirectory(staging);
            return new OutputStaging(gate, folder, staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            gate?.Dispose();
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(folder.Name), ex.Message);
            return null;
        }
    }

    /// <summary>Swaps the staging folder in as the site; the old site is removed afterwards.</summary>
    public bool Commit(BuildState state, DiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(state);
        var retired = _folder.Side("old");
        try
        {
            // The old state describes the old site: drop it first, so that a kill in between never pairs a state with the wrong files.
            BuildState.Delete(_folder.StatePath);
            if (Directory.Exists(_folder.Target))
            {
                Directory.Move(_folder.Target, retired);
                Directory.Move(Folder, _folder.Target);
                Committed = true;
                OutputFolder.DeleteTree(retired);
            }
            else
            {
                Directory.Move(Folder, _folder.Target);
                Committed = true;
            }

            state.Write(_folder.StatePath);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(RuleCodes.OutputError, SourceLocation.FileStart(_folder.Name), ex.Message);
            if (!Directory.Exists(_folder.Target) && Directory.Exists(retired))
            {
                Directory.Move(retired, _folder.Target);
            }

            return false;
        }
    }
}
