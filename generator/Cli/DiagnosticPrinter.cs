using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Cli;

/// <summary>Prints a run's diagnostics: compiler style always, plus GitHub annotations when running in Actions.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic and a count line; returns the number of errors.</summary>
    public static int Print(DiagnosticSink sink, MessageLanguage language, TextWriter writer)
    {
        var all = sink.Sorted();
        var github = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var diagnostic in all)
        {
            writer.WriteLine(DiagnosticFormatter.Format(diagnostic, language));
            if (github)
            {
                writer.WriteLine(DiagnosticFormatter.FormatGitHub(diagnostic, language));
            }
        }

        var errors = all.Count(d => d.Severity == Severity.Error);
        var warnings = all.Count(d => d.Severity == Severity.Warning);
        if (all.Count > 0)
        {
            writer.WriteLine(language == MessageLanguage.English
                ? $"{errors} error(s), {warnings} warning(s)."
                : $"共 {errors} 个错误，{warnings} 个警告。");
        }

        return errors;
    }
}
