namespace Disclosure.Generator.Diagnostics;

/// <summary>Collects every finding of a run; stages never stop at the first problem. Thread-safe.</summary>
internal sealed class DiagnosticSink
{
    private readonly Lock _gate = new();
    private readonly List<Diagnostic> _items = [];

    /// <summary>Adds one finding.</summary>
    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds one finding with the catalogue's severity.</summary>
    public void Report(string code, SourceLocation location, params string[] arguments) =>
        Report(Diagnostic.Create(code, location, arguments));

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>All findings, sorted by file, line, column and code so that output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .Distinct()];
        }
    }
}
