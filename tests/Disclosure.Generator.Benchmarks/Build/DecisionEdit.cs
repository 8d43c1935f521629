using System.Text;

namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>
/// A harmless one-character edit of one decision in a cached corpus, for the incremental rebuild: the
/// final 。 of its <c>facts</c> becomes ；. Disposing puts the original bytes back.
/// </summary>
internal sealed class DecisionEdit : IDisposable
{
    private const string FactsKey = "facts: '";
    private readonly string _path;
    private readonly byte[] _original;

    private DecisionEdit(string path, byte[] original)
    {
        _path = path;
        _original = original;
    }

    public string Path => _path;

    /// <summary>Edits the first decision file (ordinal order) under <c>content/decisions</c> whose facts end in 。.</summary>
    public static DecisionEdit Apply(string site)
    {
        var folder = System.IO.Path.Combine(site, "content", "decisions");
        foreach (var year in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            foreach (var path in Directory.GetFiles(year).Order(StringComparer.Ordinal).Take(50))
            {
                var original = File.ReadAllBytes(path);
                var text = Encoding.UTF8.GetString(original);
                var start = text.IndexOf("\n" + FactsKey, StringComparison.Ordinal);
                var end = start < 0 ? -1 : text.IndexOf("。'\n", start, StringComparison.Ordinal);
                var lineEnd = start < 0 ? -1 : text.IndexOf('\n', start + 1);
                if (end > 0 && end < lineEnd)
                {
                    File.WriteAllBytes(path, Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, end), "；", text.AsSpan(end + 1))));
                    return new DecisionEdit(path, original);
                }
            }
        }

        throw new InvalidDataException($"{folder}: no decision whose facts end in 。 to edit.");
    }

    public void Dispose() => File.WriteAllBytes(_path, _original);
}
