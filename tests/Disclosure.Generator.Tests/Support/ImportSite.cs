using System.Text;
using Disclosure.Generator.Cli;

namespace Disclosure.Generator.Tests.Support;

/// <summary>A copy of the base test site to import into, with the example 双公示 mapping and export at hand.</summary>
internal sealed class ImportSite : IDisposable
{
    /// <summary>The sample's fixed today, within 7 working days of the example export's decisions.</summary>
    public const string Today = "2026-11-23";

    private readonly TempDir _dir = new();

    public ImportSite() => _dir.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"), "site");

    /// <summary>The site folder.</summary>
    public string Site => Path.Combine(_dir.Path, "site");

    /// <summary>content/decisions of the site.</summary>
    public string Decisions => Path.Combine(Site, "content", "decisions");

    /// <summary>The example mapping in docs/examples/import.</summary>
    public static string ExampleMapping => Path.Combine(RepoPaths.Root, "docs", "examples", "import", "shuanggongshi-xzcf.mapping.yml");

    /// <summary>The example export in docs/examples/import.</summary>
    public static string ExampleExport => Path.Combine(RepoPaths.Root, "docs", "examples", "import", "shuanggongshi-xzcf.csv");

    /// <summary>The example export's header line.</summary>
    public static string ExampleHeader => File.ReadAllLines(ExampleExport, Encoding.UTF8)[0].TrimStart('\uFEFF');

    /// <summary>Writes a file beside the site (not inside it) and returns its path.</summary>
    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes bytes beside the site and returns the path.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs <c>import</c> against this site with the given export, the example mapping unless another is given, and agency market.</summary>
    public (int Code, string Stdout, string Stderr) Import(string export, params string[] extra)
    {
        var args = new List<string> { "import", "--site", Site, "--from", export, "--agency", "market", "--today", Today };
        if (!extra.Contains("--no-mapping"))
        {
            args.AddRange(["--mapping", extra.Contains("--mapping") ? extra[Array.IndexOf(extra, "--mapping") + 1] : ExampleMapping]);
        }

        for (var i = 0; i < extra.Length; i++)
        {
            if (extra[i] == "--mapping")
            {
                i++;
            }
            else if (extra[i] != "--no-mapping")
            {
                args.Add(extra[i]);
            }
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every file under the site's parent folder (dot files too) with its hash.</summary>
    public SortedDictionary<string, string> Tree() => TreeHashes.Of(_dir.Path);

    public void Dispose() => _dir.Dispose();
}
