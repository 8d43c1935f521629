using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Disclosure.Generator.Calendar;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Loading;

/// <summary>
/// Reads the official calendar shipped with the tool (one file per year) and the site's optional overlay
/// in content/calendar/*.yml, which may add a year or a regional holiday.
/// </summary>
internal static class CalendarLoader
{
    private const string ResourcePrefix = "calendar/";

    /// <summary>The merged calendar; malformed files are reported and skipped.</summary>
    public static WorkdayCalendar Load(ContentRoot? root, DiagnosticSink sink)
    {
        var years = new Dictionary<int, CalendarYear>();
        var assembly = typeof(CalendarLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            Merge(years, Parse(reader.ReadToEnd(), "(built-in) " + name, sink));
        }

        var overlay = root is null ? null : Path.Combine(root.ContentPath, RecordFolders.Calendar);
        if (overlay is not null && Directory.Exists(overlay))
        {
            foreach (var file in Directory.EnumerateFiles(overlay, "*.yml").Order(StringComparer.Ordinal))
            {
                var relative = root!.Relative(file);
                var text = TextFileReader.Read(file, relative, sink);
                Merge(years, text is null ? null : Parse(text, relative, sink));
            }
        }

        return new WorkdayCalendar(years.ToImmutableDictionary());
    }

    private static void Merge(Dictionary<int, CalendarYear> years, CalendarYear? year)
    {
        if (year is not null)
        {
            years[year.Year] = years.TryGetValue(year.Year, out var existing) ? existing.With(year) : year;
        }
    }

    private static CalendarYear? Parse(string text, string path, DiagnosticSink sink)
    {
        var file = new SourceFile(path, 0, sink);
        var node = YamlDocumentParser.Parse(text, file);
        if (node is null)
        {
            return null;
        }

        var f = new FieldReader(node, file);
        var year = f.Int("year", required: true);
        var holidays = Days(f, "holidays", year, sink);
        var workdays = Days(f, "workdays", year, sink);
        f.Finish();
        return year is null ? null : new CalendarYear(year.Value, holidays, workdays);
    }

    private static ImmutableHashSet<DateOnly> Days(FieldReader f, string key, int? year, DiagnosticSink sink)
    {
        var days = ImmutableHashSet.CreateBuilder<DateOnly>();
        foreach (var entry in f.TextList(key))
        {
            var parts = entry.Split('/');
            if (parts.Length is < 1 or > 2 || !TryDate(parts[0], out var first) || !TryDate(parts[^1], out var last) || last < first || (year is { } y && (first.Year != y || last.Year != y)))
            {
                sink.Report(RuleCodes.CalendarInvalid, f.At(key), $"{key}: {entry}");
                continue;
            }

            for (var day = first; day <= last; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        return days.ToImmutable();
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
