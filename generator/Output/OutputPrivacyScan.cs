using System.Text;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Output;

/// <summary>
/// The last line of defence (武汉 第六条): every text file of the output is scanned, as it is produced and
/// before the build may finish, with the same detectors the rules use. HTML is read as a visitor would see it
/// (<see cref="VisibleText"/>). Any finding fails the build, so the staged output is never published;
/// findings show masked values only. Thread-safe.
/// </summary>
internal sealed class OutputPrivacyScan(ScanAllowances allowances, DiagnosticSink sink)
{
    private static readonly string[] TextExtensions = [".html", ".json", ".xml", ".csv", ".txt", ".svg", ".js"];
    private readonly PersonalDataScanner _scanner = new(allowances);
    private int _found;

    /// <summary>Findings reported so far.</summary>
    public int Found => Volatile.Read(ref _found);

    /// <summary>True for files the scan reads: text outside the theme's own assets.</summary>
    public static bool Covers(string path) =>
        !path.StartsWith("assets/", StringComparison.Ordinal) && TextExtensions.Contains(Path.GetExtension(path), StringComparer.Ordinal);

    /// <summary>Scans one file's text.</summary>
    public void Check(string path, string text)
    {
        if (!Covers(path))
        {
            return;
        }

        var visible = path.EndsWith(".html", StringComparison.Ordinal) ? VisibleText.Of(text) : text;
        foreach (var finding in _scanner.Scan(visible))
        {
            if (!finding.Kind.IsReviewOnly())
            {
                Interlocked.Increment(ref _found);
                sink.Report(RuleCodes.OutputPersonalData, new SourceLocation(path, finding.Line, finding.Column), path, finding.Kind.ChineseLabel(), finding.Masked);
            }
        }
    }

    /// <summary>Scans one file's bytes (UTF-8).</summary>
    public void Check(string path, byte[] content)
    {
        if (Covers(path))
        {
            Check(path, Encoding.UTF8.GetString(content));
        }
    }
}
