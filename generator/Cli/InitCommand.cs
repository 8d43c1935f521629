using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Pipeline;

namespace Disclosure.Generator.Cli;

/// <summary><c>init DIR</c>: creates a new jurisdiction repository that builds at once.</summary>
internal static class InitCommand
{
    private const string Prefix = "init/";

    /// <summary>Writes the starter files; refuses a folder that already has a site.yml.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Arguments.Count != 1)
        {
            stderr.WriteLine("usage: disclosure init DIR");
            return ExitCodes.Usage;
        }

        var target = Path.GetFullPath(options.Arguments[0]);
        var en = options.Language == MessageLanguage.English;
        if (File.Exists(Path.Combine(target, "site.yml")))
        {
            stderr.WriteLine(en ? $"{target} already has a site.yml; nothing was changed." : $"{target} 已有 site.yml，未做任何改动。");
            return ExitCodes.Usage;
        }

        var assembly = typeof(InitCommand).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var destination = Path.Combine(target, name[Prefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(source);
            // The new site owes periodic duties from today on, not for the years before it existed.
            var text = reader.ReadToEnd().Replace("%TODAY%", new SystemClock().Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
            File.WriteAllText(destination, text);
        }

        stdout.WriteLine(en
            ? $"Created a new site in {target}. Next: cd {target} && disclosure build"
            : $"已在 {target} 创建新站点。下一步：cd {target} && disclosure build");
        return ExitCodes.Ok;
    }
}
