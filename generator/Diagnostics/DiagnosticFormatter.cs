namespace Disclosure.Generator.Diagnostics;

/// <summary>
/// Prints diagnostics in the compiler style editors and CI jump to
/// (<c>path:line:col: error DISC002: …</c>), followed by the fix and the rule's source.
/// </summary>
internal static class DiagnosticFormatter
{
    /// <summary>The console form of one diagnostic, three lines.</summary>
    public static string Format(Diagnostic diagnostic, MessageLanguage language)
    {
        var message = MessageCatalogue.Render(diagnostic, language);
        var severity = diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        var (fix, source) = language == MessageLanguage.English ? ("fix", "source") : ("修复", "依据");
        return $"{diagnostic.Location}: {severity} {diagnostic.Code}: {message.What}\n  {fix}: {message.Fix}\n  {source}: {message.Source}";
    }

    /// <summary>The GitHub Actions annotation form of one diagnostic.</summary>
    public static string FormatGitHub(Diagnostic diagnostic, MessageLanguage language)
    {
        var message = MessageCatalogue.Render(diagnostic, language);
        var kind = diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var text = $"{message.What} {message.Fix} ({message.Source})".Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return $"::{kind} file={diagnostic.Location.Path},line={diagnostic.Location.Line},col={diagnostic.Location.Column},title={diagnostic.Code}::{text}";
    }
}
