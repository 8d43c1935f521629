using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Pipeline;

namespace Disclosure.Generator.Tests.Support;

/// <summary>The repository's sample jurisdiction, built once per test class into a temporary folder.</summary>
public sealed class SampleBuild : IDisposable
{
    private readonly TempDir _dir = new();

    public SampleBuild()
    {
        var (result, diagnostics) = SiteRun.Run(RepoPaths.Root, Output);
        Result = result;
        Diagnostics = diagnostics;
    }

    internal BuildResult Result { get; }

    internal IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The output folder.</summary>
    public string Output => Path.Combine(_dir.Path, "site");

    /// <summary>Every output file, relative, with '/' separators.</summary>
    public IReadOnlyList<string> Files => [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>Parses an output page.</summary>
    public IDocument Page(string relative)
    {
        var file = Path.Combine(Output, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative);
        Assert.True(File.Exists(file), $"page {relative} was not written");
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    /// <summary>All text of all text-like output files, for "appears nowhere" checks.</summary>
    public IEnumerable<(string Path, string Text)> TextFiles() => Files
        .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
        .Select(f => (f, File.ReadAllText(Path.Combine(Output, f))));

    public void Dispose() => _dir.Dispose();
}
