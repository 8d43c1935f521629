namespace Disclosure.Generator.Import;

/// <summary>A record file an import would write: its path under the output folder (<c>2026/&lt;id&gt;.yml</c>), its bytes and its row.</summary>
internal sealed record ImportedFile(string Path, byte[] Content, ImportedDecision Decision);
