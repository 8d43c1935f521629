using Disclosure.Generator.Calendar;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation;

/// <summary>What every rule sees: the records, the configuration, the day judged on, the calendar, and the sink.</summary>
internal sealed record RuleContext(RecordSet Records, SiteConfig Config, DateOnly Today, WorkdayCalendar Calendar, DiagnosticSink Sink)
{
    /// <summary>Reports a finding.</summary>
    public void Report(string code, SourceLocation location, params string[] arguments) => Sink.Report(code, location, arguments);

    /// <summary>The location for site-wide findings.</summary>
    public static SourceLocation SiteWide => SourceLocation.FileStart("site.yml");
}
