using System.Globalization;
using Disclosure.Generator.Calendar;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Calendar;

/// <summary>The official calendar, checked against the State Council notices as transcribed in DOMAIN.md §4.</summary>
public sealed class WorkdayCalendarTests
{
    // Every day off and every adjusted working day of 2024–2026, written out independently of the data files.
    private static readonly string[] DaysOff =
    [
        "2024-01-01", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16", "2024-02-17",
        "2024-04-04", "2024-04-05", "2024-04-06", "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05", "2024-06-10",
        "2024-09-15", "2024-09-16", "2024-09-17", "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07",
        "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
        "2025-04-04", "2025-04-05", "2025-04-06", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
        "2025-05-31", "2025-06-01", "2025-06-02", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08",
        "2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",
        "2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
        "2026-06-19", "2026-06-20", "2026-06-21", "2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
    ];

    private static readonly string[] AdjustedWorkdays =
    [
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    private static readonly WorkdayCalendar Calendar = CalendarLoader.Load(null, new DiagnosticSink());

    public static TheoryData<string> Holidays() => [.. DaysOff];

    public static TheoryData<string> Workdays() => [.. AdjustedWorkdays];

    [Theory]
    [MemberData(nameof(Holidays))]
    public void Every_public_holiday_is_a_day_off(string day)
    {
        Assert.True(Calendar.TryIsWorkday(Parse(day), out var workday, out _));

        Assert.False(workday);
    }

    [Theory]
    [MemberData(nameof(Workdays))]
    public void Every_adjusted_weekend_day_is_a_working_day(string day)
    {
        Assert.True(Calendar.TryIsWorkday(Parse(day), out var workday, out _));

        Assert.True(workday);
        Assert.True(Parse(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void Other_days_follow_the_week()
    {
        var off = DaysOff.Select(Parse).ToHashSet();
        var on = AdjustedWorkdays.Select(Parse).ToHashSet();
        for (var day = new DateOnly(2024, 1, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            Assert.True(Calendar.TryIsWorkday(day, out var workday, out _));
            var expected = on.Contains(day) || (!off.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.True(expected == workday, $"{day:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2025-09-26", 7, "2025-10-13")]
    [InlineData("2026-02-12", 7, "2026-02-28")]
    [InlineData("2024-04-30", 7, "2024-05-13")]
    [InlineData("2025-12-31", 20, "2026-01-29")]
    [InlineData("2026-09-24", 7, "2026-10-12")]
    [InlineData("2025-03-03", 0, "2025-03-03")]
    public void The_decision_day_is_not_counted_and_the_nth_working_day_is_the_last_allowed(string start, int days, string last)
    {
        Assert.True(Calendar.TryAddWorkdays(Parse(start), days, out var result, out _));

        Assert.Equal(Parse(last), result);
    }

    [Fact]
    public void A_year_without_data_is_named_never_guessed()
    {
        var ok = Calendar.TryAddWorkdays(new DateOnly(2026, 12, 20), 20, out _, out var missing);

        Assert.False(ok);
        Assert.Equal(2027, missing);
    }

    [Fact]
    public void A_local_overlay_adds_a_regional_holiday()
    {
        using var site = new TempDir();
        site.CopyFrom(Path.Combine(RepoPaths.TestData, "Sites", "base"));
        site.Write("content/calendar/local-2025.yml", "year: 2025\nholidays: [2025-03-04]\n");
        var sink = new DiagnosticSink();

        var calendar = CalendarLoader.Load(new ContentRoot(site.Path), sink);

        Assert.Empty(sink.Sorted());
        Assert.True(calendar.TryIsWorkday(new DateOnly(2025, 3, 4), out var workday, out _));
        Assert.False(workday);
        Assert.True(calendar.TryIsWorkday(new DateOnly(2025, 10, 11), out var adjusted, out _));
        Assert.True(adjusted);
    }

    [Fact]
    public void Cli_prints_only_the_date_or_the_boolean()
    {
        using var a = new StringWriter();
        using var b = new StringWriter();
        using var err = new StringWriter();

        var addCode = Disclosure.Generator.Cli.CommandLine.Run(["calendar", "add-workdays", "2025-09-26", "7"], a, err);
        var isCode = Disclosure.Generator.Cli.CommandLine.Run(["calendar", "is-workday", "2026-02-28"], b, err);

        Assert.Equal(0, addCode);
        Assert.Equal("2025-10-13\n", a.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(0, isCode);
        Assert.Equal("true\n", b.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static DateOnly Parse(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
