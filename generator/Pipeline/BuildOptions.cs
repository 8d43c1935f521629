namespace Disclosure.Generator.Pipeline;

/// <summary>
/// What a run was asked to do: the site folder, the output folder, whether to write, and in pull-request
/// mode the Git ref the change is compared with, and whether to reuse the previous build's output.
/// </summary>
internal sealed record BuildOptions(string SiteRoot, string OutputPath, bool Write, string? ChangedSince = null, bool Incremental = false);
