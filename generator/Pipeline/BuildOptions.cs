namespace Disclosure.Generator.Pipeline;

/// <summary>What a build was asked to do: the site folder, the output folder, and whether to write at all.</summary>
internal sealed record BuildOptions(string SiteRoot, string OutputPath, bool Write);
