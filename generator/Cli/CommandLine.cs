using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Cli;

/// <summary>
/// Entry of the <c>disclosure</c> command: dispatches verbs and is the only place that catches unexpected
/// exceptions, which it prints as an internal-error diagnostic, never as a stack trace.
/// </summary>
internal static class CommandLine
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = CliOptions.Parse(args, out var error);
        if (options is null)
        {
            stderr.WriteLine($"disclosure: {error}");
            stderr.WriteLine(HelpText.Usage);
            return ExitCodes.Usage;
        }

        try
        {
            return options.Verb switch
            {
                "build" => BuildCommand.Run(options, write: true, stdout, stderr),
                "check" => BuildCommand.Run(options, write: false, stdout, stderr),
                "serve" => ServeCommand.Run(options, stdout, stderr),
                "init" => InitCommand.Run(options, stdout, stderr),
                "calendar" => CalendarCommand.Run(options, stdout, stderr),
                "approvals" => ApprovalsCommand.Run(options, stdout, stderr),
                "codeowners" => CodeownersCommand.Run(options, stdout, stderr),
                "hooks" => HooksCommand.Run(options, stdout, stderr),
                "scan" => ScanCommand.Run(options, stdout, stderr),
                "import" => ImportCommand.Run(options, stdout, stderr),
                "help" => Print(stdout, HelpText.Full, ExitCodes.Ok),
                "version" => Print(stdout, typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", ExitCodes.Ok),
                _ => Print(stderr, $"disclosure: unknown command '{options.Verb}'\n{HelpText.Usage}", ExitCodes.Usage),
            };
        }
#pragma warning disable CA1031 // The CLI boundary turns any bug into a diagnostic instead of a stack trace (STYLE.md 3.4).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var diagnostic = Diagnostic.Create(RuleCodes.InternalError, SourceLocation.FileStart("disclosure"), ex.GetType().Name + ": " + FirstLine(ex.Message));
            stderr.WriteLine(DiagnosticFormatter.Format(diagnostic, options.Language));
            return ExitCodes.InternalError;
        }
    }

    private static int Print(TextWriter writer, string text, int code)
    {
        writer.WriteLine(text);
        return code;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
