using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Disclosure.Generator.Output;

/// <summary>
/// What the last successful build wrote: a key for everything that decides how a file is checked (the tool
/// itself and the personal-data allowances), and a content hash per output file. Kept beside the output
/// folder (<c>.NAME.state</c>), never inside it, so it is not published. <c>build --incremental</c> compares
/// each freshly rendered file with it and writes only what differs.
/// </summary>
internal sealed class BuildState(string key, IReadOnlyDictionary<string, UInt128> files)
{
    private const string Header = "disclosure-build-state 1";

    /// <summary>The key the files were checked under.</summary>
    public string Key => key;

    /// <summary>Output path → content hash.</summary>
    public IReadOnlyDictionary<string, UInt128> Files => files;

    /// <summary>The content hash used for output files.</summary>
    public static UInt128 Hash(ReadOnlySpan<byte> content) => XxHash128.HashToUInt128(content);

    /// <summary>The state file beside an output folder.</summary>
    public static string PathFor(string outputFolder)
    {
        var full = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.state");
    }

    /// <summary>Reads a state file; null when it is missing or not one of ours.</summary>
    public static BuildState? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != Header || reader.ReadLine() is not { } keyLine || !keyLine.StartsWith("key ", StringComparison.Ordinal))
        {
            return null;
        }

        var files = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab != 32 || !UInt128.TryParse(line.AsSpan(0, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash))
            {
                return null;
            }

            files[line[(tab + 1)..]] = hash;
        }

        return new BuildState(keyLine[4..], files);
    }

    /// <summary>Writes the state (to a temporary file first, then renamed into place).</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            writer.WriteLine("key " + key);
            foreach (var (file, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.Write(hash.ToString("x32", CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.WriteLine(file);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes the state file, if any (before the output it describes is replaced).</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
