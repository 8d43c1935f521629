using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Cli;

/// <summary>
/// <c>scan [--format text|json] PATH...</c>: runs the personal-data scanner over text, Markdown, YAML, CSV and
/// JSON files (folders recursively) and prints every finding masked, never the value. Agency phones, officer
/// names and certificate numbers of the site (--site, default the current folder) are public and allowed.
/// Exit 1 when anything is found or a file cannot be read, 0 when nothing is found, 2 on a usage error.
/// </summary>
internal static class ScanCommand
{
    private static readonly string[] Extensions = [".md", ".markdown", ".yml", ".yaml", ".txt", ".csv", ".json"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Scans the paths in <see cref="CliOptions.Arguments"/> and prints the findings.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var en = options.Language == MessageLanguage.English;
        if (options.Format is not ("text" or "json") || options.Arguments.Count == 0)
        {
            stderr.WriteLine(options.Arguments.Count == 0 ? "disclosure scan: no PATH given" : $"disclosure scan: --format takes text or json, not '{options.Format}'");
            stderr.WriteLine("usage: disclosure scan [--format text|json] PATH...");
            return ExitCodes.Usage;
        }

        var missing = options.Arguments.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            stderr.WriteLine(en ? $"disclosure scan: {missing} does not exist" : $"disclosure scan: {missing} 不存在");
            return ExitCodes.Usage;
        }

        var scanner = new PersonalDataScanner(LoadAllowances(options.Site));
        var results = new List<(string Path, PersonalDataFinding Finding)>();
        var files = FilesToScan(options.Arguments);
        var unreadable = 0;
        foreach (var (display, fullPath) in files)
        {
            var text = Read(fullPath);
            if (text is null)
            {
                stderr.WriteLine(en ? $"{display}: cannot be read as UTF-8; not scanned" : $"{display}: 无法按 UTF-8 读取，未扫描");
                unreadable++;
                continue;
            }

            results.AddRange(scanner.Scan(text).Select(f => (display, f)));
        }

        if (options.Format == "json")
        {
            WriteJson(results, stdout);
        }
        else
        {
            WriteText(results, files.Count, en, stdout);
        }

        return results.Count > 0 || unreadable > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static ScanAllowances LoadAllowances(string site)
    {
        var root = new ContentRoot(Path.GetFullPath(site));
        if (!Directory.Exists(root.ContentPath))
        {
            return ScanAllowances.None;
        }

        // Problems in the records are for check to report; scan only needs the public values they declare.
        var loaded = RecordLoader.Load(root, new DiagnosticSink());
        return ScanAllowances.FromRecords(loaded.Records);
    }

    private static List<(string Display, string FullPath)> FilesToScan(IReadOnlyList<string> paths)
    {
        var files = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path.Replace('\\', '/'), path);
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            var found = Directory.EnumerateFiles(path, "*", options)
                .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
                .Where(r => !r.Split('/').Any(part => part.StartsWith('.')) && Extensions.Contains(Path.GetExtension(r).ToLowerInvariant()))
                .Order(StringComparer.Ordinal);
            var prefix = path.Replace('\\', '/').TrimEnd('/');
            foreach (var relative in found)
            {
                Add(prefix is "." or "" ? relative : prefix + "/" + relative, Path.Combine(path, relative));
            }
        }

        return files;

        void Add(string display, string fullPath)
        {
            if (seen.Add(Path.GetFullPath(fullPath)))
            {
                files.Add((display, fullPath));
            }
        }
    }

    private static string? Read(string path)
    {
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(path));
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static void WriteText(List<(string Path, PersonalDataFinding Finding)> results, int fileCount, bool en, TextWriter stdout)
    {
        foreach (var (path, f) in results)
        {
            stdout.WriteLine($"{path}:{f.Line}:{f.Column}: {f.Kind.JsonName()} {f.Rule} {f.Masked}");
        }

        var files = fileCount == 1 ? "1 file" : $"{fileCount} files";
        stdout.WriteLine(results.Count == 0
            ? en ? $"No personal data found in {files}." : $"未发现个人信息（共扫描 {fileCount} 个文件）。"
            : en ? $"{results.Count} possible items of personal data in {files}." : $"发现 {results.Count} 处疑似个人信息（共扫描 {fileCount} 个文件）。");
    }

    private static void WriteJson(List<(string Path, PersonalDataFinding Finding)> results, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var (path, f) in results)
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteNumber("line", f.Line);
                json.WriteNumber("column", f.Column);
                json.WriteNumber("length", f.Length);
                json.WriteString("kind", f.Kind.JsonName());
                json.WriteString("rule", f.Rule);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
