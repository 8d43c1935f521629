namespace Disclosure.Generator.Import;

/// <summary>What an import converted: the files to write (sorted by path) and how many rows it read and refused.</summary>
internal sealed record ImportResult(IReadOnlyList<ImportedFile> Files, int Rows, int Rejected);
