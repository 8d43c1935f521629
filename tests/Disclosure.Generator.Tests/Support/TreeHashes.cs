using System.Security.Cryptography;

namespace Disclosure.Generator.Tests.Support;

/// <summary>A folder tree as relative path → SHA-256 of the file, for byte-for-byte comparisons of outputs.</summary>
internal static class TreeHashes
{
    public static SortedDictionary<string, string> Of(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
