namespace Disclosure.Generator.Diagnostics;

/// <summary>A 1-based line and column in a file, relative to the site root, with '/' separators.</summary>
internal readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location for a whole file, when no finer position exists.</summary>
    public static SourceLocation FileStart(string path) => new(path, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
