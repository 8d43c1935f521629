using System.Text.Json;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Cli;

/// <summary>
/// Prints a run's diagnostics as compiler-style text, GitHub workflow annotations, or one JSON object.
/// Under GitHub Actions the text format also emits annotations.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic in text form and a count line; returns the number of errors.</summary>
    public static int Print(DiagnosticSink sink, MessageLanguage language, TextWriter writer) => Print(sink.Sorted(), language, "text", writer);

    /// <summary>Prints the diagnostics in the given format; returns the number of errors.</summary>
    public static int Print(IReadOnlyList<Diagnostic> all, MessageLanguage language, string format, TextWriter writer)
    {
        var errors = all.Count(d => d.Severity == Severity.Error);
        var warnings = all.Count(d => d.Severity == Severity.Warning);
        if (format == "json")
        {
            writer.WriteLine(Json(all, language, errors, warnings));
            return errors;
        }

        var annotate = format == "github" || Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var diagnostic in all)
        {
            if (format == "text")
            {
                writer.WriteLine(DiagnosticFormatter.Format(diagnostic, language));
            }

            if (annotate)
            {
                writer.WriteLine(DiagnosticFormatter.FormatGitHub(diagnostic, language));
            }
        }

        if (all.Count > 0)
        {
            writer.WriteLine(language == MessageLanguage.English
                ? $"{errors} error(s), {warnings} warning(s)."
                : $"共 {errors} 个错误，{warnings} 个警告。");
        }

        return errors;
    }

    private static string Json(IReadOnlyList<Diagnostic> all, MessageLanguage language, int errors, int warnings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in all)
            {
                var message = MessageCatalogue.Render(d, language);
                json.WriteStartObject();
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", message.What);
                json.WriteString("fix", message.Fix);
                json.WriteString("source", message.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
