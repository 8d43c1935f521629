using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;

namespace Disclosure.Generator.Cli;

/// <summary><c>calendar add-workdays DATE N</c> and <c>calendar is-workday DATE</c>: print only the answer.</summary>
internal static class CalendarCommand
{
    /// <summary>Runs the sub-command.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var args = options.Arguments;
        if (args.Count < 2 || !DateOnly.TryParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            stderr.WriteLine("usage: disclosure calendar add-workdays YYYY-MM-DD N | disclosure calendar is-workday YYYY-MM-DD");
            return ExitCodes.Usage;
        }

        var sink = new DiagnosticSink();
        var site = Path.GetFullPath(options.Site);
        var calendar = CalendarLoader.Load(File.Exists(Path.Combine(site, "site.yml")) ? new ContentRoot(site) : null, sink);
        if (DiagnosticPrinter.Print(sink, options.Language, stderr) > 0)
        {
            return ExitCodes.ContentErrors;
        }

        bool ok;
        int missing;
        switch (args[0])
        {
            case "add-workdays" when args.Count == 3 && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                ok = calendar.TryAddWorkdays(day, n, out var result, out missing);
                if (ok)
                {
                    stdout.WriteLine(result.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                break;
            case "is-workday" when args.Count == 2:
                ok = calendar.TryIsWorkday(day, out var workday, out missing);
                if (ok)
                {
                    stdout.WriteLine(workday ? "true" : "false");
                }

                break;
            default:
                stderr.WriteLine("usage: disclosure calendar add-workdays YYYY-MM-DD N | disclosure calendar is-workday YYYY-MM-DD");
                return ExitCodes.Usage;
        }

        if (!ok)
        {
            var diagnostic = Diagnostic.Create(RuleCodes.CalendarMissing, SourceLocation.FileStart("content/calendar/"), missing.ToString(CultureInfo.InvariantCulture));
            stderr.WriteLine(DiagnosticFormatter.Format(diagnostic, options.Language));
            return ExitCodes.ContentErrors;
        }

        return ExitCodes.Ok;
    }
}
