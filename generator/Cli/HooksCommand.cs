using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;

namespace Disclosure.Generator.Cli;

/// <summary>
/// <c>hooks install [--force]</c>: adds the Git pre-commit hook that scans staged content for personal data
/// and checks the site, so personal data never enters Git history, where no later pull request can remove it.
/// </summary>
internal static class HooksCommand
{
    /// <summary>Installs the hook; refuses to replace a different hook without <c>--force</c>.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Arguments is not ["install"])
        {
            stderr.WriteLine("usage: disclosure hooks install [--force]");
            return ExitCodes.Usage;
        }

        var en = options.Language == MessageLanguage.English;
        var site = Path.GetFullPath(options.Site);
        var history = GitHistory.Open(site);
        if (history is null)
        {
            stderr.WriteLine("disclosure: " + (en ? $"{site} is not in a Git repository" : $"{site} 不在 Git 仓库中"));
            return ExitCodes.Usage;
        }

        var folder = history.HooksFolder();
        var hook = Path.Combine(folder, "pre-commit");
        var script = PreCommitHook.Script(Path.GetRelativePath(history.TopLevel, site).Replace('\\', '/'));
        if (File.Exists(hook) && File.ReadAllText(hook) == script)
        {
            stdout.WriteLine(en ? $"{hook} is already installed." : $"{hook} 已安装。");
            return ExitCodes.Ok;
        }

        if (File.Exists(hook) && !options.Force)
        {
            stderr.WriteLine(en
                ? $"{hook} already exists and differs; nothing was changed. Use --force to replace it."
                : $"{hook} 已存在且内容不同，未做任何改动。如需替换，请加 --force。");
            return ExitCodes.Usage;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(hook, script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        stdout.WriteLine(en ? $"Installed {hook}." : $"已安装 {hook}。");
        return ExitCodes.Ok;
    }
}
