namespace Disclosure.Generator.Indexing;

/// <summary>What <see cref="SearchIndexBuilder"/> wrote.</summary>
/// <param name="Documents">Documents indexed.</param>
/// <param name="Files">Files written, the manifest included.</param>
/// <param name="Bytes">Total size of the files.</param>
internal sealed record SearchIndexResult(int Documents, int Files, long Bytes);
