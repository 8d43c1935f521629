namespace Disclosure.Generator.Cli;

/// <summary>The process exit codes, stable for scripts and CI.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The content or configuration has errors (diagnostics printed).</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug or an I/O failure inside the tool.</summary>
    public const int InternalError = 3;
}
