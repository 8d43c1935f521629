using System.Collections.Immutable;

namespace Disclosure.Generator.Calendar;

/// <summary>
/// Working-day arithmetic over the official Chinese calendar: a day is a working day when it is Monday to
/// Friday and not a public holiday, or an adjusted working weekend day. A computation that reaches a year
/// with no data fails and names that year; it never guesses.
/// </summary>
internal sealed class WorkdayCalendar(ImmutableDictionary<int, CalendarYear> years)
{
    /// <summary>The years with data, ascending.</summary>
    public IReadOnlyList<int> Years { get; } = [.. years.Keys.Order()];

    /// <summary>Whether a day is a working day; false with the missing year when there is no data.</summary>
    public bool TryIsWorkday(DateOnly day, out bool workday, out int missingYear)
    {
        workday = false;
        missingYear = 0;
        if (!years.TryGetValue(day.Year, out var year))
        {
            missingYear = day.Year;
            return false;
        }

        workday = year.Workdays.Contains(day)
            || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !year.Holidays.Contains(day));
        return true;
    }

    /// <summary>
    /// The Nth working day after <paramref name="start"/> (the start day itself is not counted): the last
    /// allowed day of an N-working-day period.
    /// </summary>
    public bool TryAddWorkdays(DateOnly start, int count, out DateOnly result, out int missingYear)
    {
        result = start;
        missingYear = 0;
        var remaining = count;
        while (remaining > 0)
        {
            result = result.AddDays(1);
            if (!TryIsWorkday(result, out var workday, out missingYear))
            {
                return false;
            }

            if (workday)
            {
                remaining--;
            }
        }

        return true;
    }

    /// <summary>Working days after <paramref name="start"/> up to and including <paramref name="end"/> (0 when end ≤ start).</summary>
    public bool TryCountWorkdays(DateOnly start, DateOnly end, out int count, out int missingYear)
    {
        count = 0;
        missingYear = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (!TryIsWorkday(day, out var workday, out missingYear))
            {
                return false;
            }

            if (workday)
            {
                count++;
            }
        }

        return true;
    }
}
