using System.Runtime.InteropServices;
using System.Text.Json;
using Disclosure.Generator.Benchmarks.Build;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// <c>tests/Disclosure.Generator.Benchmarks/node/</c>: the pinned Pagefind binary and lunr.js (installed there by
/// <c>npm ci</c>, nothing else is fetched at run time), our lunr build script, and the bench pages. Pagefind is
/// pinned as its Linux binary packages (<c>@pagefind/linux-x64</c>, <c>-arm64</c>), not the <c>pagefind</c>
/// wrapper: the wrapper's other platforms are optional dependencies that the registry copy here lacks, which
/// leaves them out of the lock file and makes <c>npm ci</c> refuse it; the wrapper only finds and starts this
/// same binary.
/// </summary>
internal sealed class NodeFolder(string root)
{
    public static NodeFolder InRepository() =>
        new(Path.Combine(BenchFolders.RepositoryRoot(), "tests", "Disclosure.Generator.Benchmarks", "node"));

    public string Root => root;

    public bool Installed => File.Exists(PagefindBinary) && Directory.Exists(Path.Combine(root, "node_modules", "lunr"));

    /// <summary>The Chinese-capable ("extended") Pagefind binary that npm installed for this platform.</summary>
    public string PagefindBinary => Path.Combine(root, "node_modules", PagefindPackage, "bin", "pagefind_extended");

    public static string PagefindPackage => "@pagefind/linux-" + (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64");

    public string LunrScript => Path.Combine(root, "lunr-build.mjs");

    public string Probe => Path.Combine(root, "pages", "probe.js");

    /// <summary>The installed version of an npm package, from its package.json.</summary>
    public string Version(string package)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "node_modules", package, "package.json")));
        return json.RootElement.GetProperty("version").GetString() ?? "?";
    }

    /// <summary>Copies the files of one bench page into the folder it is served from.</summary>
    public void CopyPage(string engine, string target, params string[] extra)
    {
        Directory.CreateDirectory(target);
        var sources = Directory.GetFiles(Path.Combine(root, "pages", engine))
            .Append(Path.Combine(root, "pages", "results.mjs"))
            .Concat(extra.Select(e => Path.Combine(root, e)));
        foreach (var source in sources)
        {
            File.Copy(source, Path.Combine(target, Path.GetFileName(source)), overwrite: true);
        }
    }
}
