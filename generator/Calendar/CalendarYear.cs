using System.Collections.Immutable;

namespace Disclosure.Generator.Calendar;

/// <summary>One year of the official calendar: the days off (放假) and the adjusted working weekend days (调休上班).</summary>
internal sealed record CalendarYear(int Year, ImmutableHashSet<DateOnly> Holidays, ImmutableHashSet<DateOnly> Workdays)
{
    /// <summary>Merges a local overlay (a regional holiday, say) into this year.</summary>
    public CalendarYear With(CalendarYear overlay) => this with
    {
        Holidays = Holidays.Union(overlay.Holidays),
        Workdays = Workdays.Union(overlay.Workdays).Except(overlay.Holidays),
    };
}
