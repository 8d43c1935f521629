using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Records;

/// <summary>Where a record came from: its file and the position of each field it read, for precise findings.</summary>
internal sealed class SourceRef
{
    // A plain array: a record keeps a few dozen positions, looked up only when a finding is reported, and a
    // million records must stay small in memory.
    private readonly KeyValuePair<string, SourceLocation>[] _fields;

    /// <summary>Creates a reference from the file path and the field positions (dotted paths for nested fields).</summary>
    public SourceRef(string path, SourceLocation start, KeyValuePair<string, SourceLocation>[] fields)
    {
        Path = path;
        Start = start;
        _fields = fields;
    }

    /// <summary>The file, relative to the site root.</summary>
    public string Path { get; }

    /// <summary>Where the record's YAML starts.</summary>
    public SourceLocation Start { get; }

    /// <summary>The position of a field's value, or the record's start when the field was absent.</summary>
    public SourceLocation At(string field)
    {
        foreach (var (key, location) in _fields)
        {
            if (string.Equals(key, field, StringComparison.Ordinal))
            {
                return location;
            }
        }

        return Start;
    }
}
