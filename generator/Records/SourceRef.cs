using System.Collections.Immutable;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Records;

/// <summary>Where a record came from: its file and the position of each field it read, for precise findings.</summary>
internal sealed class SourceRef
{
    private readonly ImmutableDictionary<string, SourceLocation> _fields;

    /// <summary>Creates a reference from the file path and the field positions (dotted paths for nested fields).</summary>
    public SourceRef(string path, SourceLocation start, ImmutableDictionary<string, SourceLocation> fields)
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
    public SourceLocation At(string field) => _fields.TryGetValue(field, out var location) ? location : Start;
}
