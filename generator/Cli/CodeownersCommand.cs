using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Review;

namespace Disclosure.Generator.Cli;

/// <summary>
/// <c>codeowners [--check]</c>: writes the repository's <c>.github/CODEOWNERS</c> from the agencies' reviewers,
/// or with <c>--check</c> only tells whether the committed file is up to date (for CI).
/// </summary>
internal static class CodeownersCommand
{
    /// <summary>Writes or checks the file; exit 1 when the content cannot be read or the file is out of date.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Arguments.Count != 0)
        {
            stderr.WriteLine("usage: disclosure codeowners [--check]");
            return ExitCodes.Usage;
        }

        var en = options.Language == MessageLanguage.English;
        var site = Path.GetFullPath(options.Site);
        var sink = new DiagnosticSink();
        var records = RecordLoader.Load(new ContentRoot(site), sink).Records;
        if (DiagnosticPrinter.Print(sink, options.Language, stderr) > 0)
        {
            return ExitCodes.ContentErrors;
        }

        // CODEOWNERS belongs at the top of the repository, which may hold the site in a sub-folder.
        var top = GitHistory.Open(site)?.TopLevel ?? site;
        var relative = Path.GetRelativePath(top, site).Replace('\\', '/');
        var text = CodeownersFile.Build(records, relative == "." ? string.Empty : relative + "/");
        var target = Path.Combine(top, ".github", "CODEOWNERS");
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), target).Replace('\\', '/');
        if (options.Check)
        {
            if (!File.Exists(target) || File.ReadAllText(target) != text)
            {
                stderr.WriteLine(en ? $"{shown} is out of date: run 'disclosure codeowners' and commit it." : $"{shown} 已过期：请运行 disclosure codeowners 并提交。");
                return ExitCodes.ContentErrors;
            }

            stdout.WriteLine(en ? $"{shown} is up to date." : $"{shown} 已是最新。");
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        stdout.WriteLine(en ? $"Wrote {shown}." : $"已写入 {shown}。");
        return ExitCodes.Ok;
    }
}
