using System.IO.Enumeration;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// The pages every engine indexes: those our search index covers (decisions, officers with a certificate,
/// agencies, power lists, service guides), not list, notice or report pages. One set of path patterns gives
/// both Pagefind's <c>--glob</c> and the pages exported for lunr.js and the ground truth, so no engine
/// sees a page the others do not.
/// </summary>
internal static class BenchDocuments
{
    private static readonly string[] Patterns =
    [
        "decisions/2*/*/*/index.html",
        "officers/*/index.html",
        "agencies/*/index.html",
        "powers/*/index.html",
        "guides/*/index.html",
    ];

    /// <summary>The patterns as one Pagefind glob.</summary>
    public static string PagefindGlob => "{" + string.Join(',', Patterns) + "}";

    /// <summary>The matching pages of a built site, relative with '/' separators, in ordinal order.</summary>
    public static List<string> Pages(string site)
    {
        var pages = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site, "index.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site, file).Replace(Path.DirectorySeparatorChar, '/');
            if (Patterns.Any(p => Matches(p, relative)))
            {
                pages.Add(relative);
            }
        }

        pages.Sort(StringComparer.Ordinal);
        return pages;
    }

    /// <summary>The address a page is found under: its folder, site-relative, ending in '/'.</summary>
    public static string Url(string page) => page[..^"index.html".Length];

    private static bool Matches(string pattern, string path)
    {
        var wanted = pattern.Split('/');
        var segments = path.Split('/');
        return wanted.Length == segments.Length
            && wanted.Zip(segments).All(p => FileSystemName.MatchesSimpleExpression(p.First, p.Second, ignoreCase: false));
    }
}
