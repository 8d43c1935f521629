using Disclosure.Generator.Diagnostics;
using YamlDotNet.Core;

namespace Disclosure.Generator.Loading;

/// <summary>
/// One content file being read: its site-relative path, the line offset of its YAML (front matter starts
/// on line 2), and the run's sink. The one place where parser positions become 1-based file positions.
/// </summary>
internal sealed class SourceFile(string path, int lineOffset, DiagnosticSink sink)
{
    /// <summary>
    /// The publication date of a record in this file that has no <c>published</c> field: the day Git first
    /// added the file, or today for a file not yet committed (it is published when merged).
    /// </summary>
    public DateOnly DefaultPublished { get; init; }

    /// <summary>True when the file is new in a pull request: it is published on the day it is merged.</summary>
    public bool IsNew { get; init; }

    /// <summary>Site-relative path with '/' separators.</summary>
    public string Path { get; } = path;

    /// <summary>The run's diagnostics.</summary>
    public DiagnosticSink Sink { get; } = sink;

    /// <summary>Converts a YamlDotNet mark (1-based line and column within the YAML) to a file location.</summary>
    public SourceLocation Locate(Mark mark) => new(Path, (int)mark.Line + lineOffset, Math.Max(1, (int)mark.Column));

    /// <summary>Reports a finding.</summary>
    public void Report(string code, Mark mark, params string[] arguments) => Sink.Report(code, Locate(mark), arguments);
}
