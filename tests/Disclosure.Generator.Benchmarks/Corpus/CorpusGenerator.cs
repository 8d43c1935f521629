using System.Globalization;
using Disclosure.Generator.Calendar;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;

namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>
/// Writes a complete content repository of the given size: site.yml, forty agencies, officers, powers,
/// guides, notices, inspections, one report per year and the decisions. Same options, same bytes.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly (string Category, int Weight)[] CategoryWeights =
        [("行政许可", 40), ("行政处罚", 33), ("行政检查", 15), ("行政强制", 3), ("行政确认", 5), ("行政给付", 3), ("行政奖励", 1)];

    /// <summary>Generates into <paramref name="root"/>, which must not contain a site yet; returns the file count.</summary>
    public static int Generate(CorpusOptions options, string root)
    {
        if (File.Exists(Path.Combine(root, "site.yml")) || Directory.Exists(Path.Combine(root, "content")))
        {
            throw new IOException($"{root} already holds a site; generate into an empty folder.");
        }

        var random = new Random(options.Seed);
        var names = new FictionalNames(random);
        var files = new CorpusFiles(root);
        var calendar = CalendarLoader.Load(null, new DiagnosticSink());
        var records = new SupportingRecordsWriter(random, names, files);
        var inspections = new InspectionRecordsWriter(random, names, files, calendar);
        var agencies = AgencyCatalogue.Create(names);

        files.Write("site.yml", SiteYaml(options));
        var officers = agencies.ToDictionary(a => a.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            records.Agency(agency);
            records.Powers(agency);
            for (var g = 1; g <= 3; g++)
            {
                records.Guide(agency, g);
            }
        }

        for (var i = 0; i < options.Officers; i++)
        {
            var agency = agencies[i % agencies.Count];
            officers[agency.Id].Add(records.Officer(agency, i + 1));
        }

        WriteInspections(options, agencies, inspections);
        WriteNotices(options, agencies, records, inspections, random);
        WriteDecisions(options, agencies, officers, new DecisionWriter(random, names, files), calendar, random);
        return files.Count;
    }

    private static void WriteInspections(CorpusOptions options, IReadOnlyList<AgencySpec> agencies, InspectionRecordsWriter inspections)
    {
        for (var year = options.FirstDay.Year; year <= options.Today.Year; year++)
        {
            if (year < options.Today.Year)
            {
                inspections.Report(agencies.Single(a => a.Id == "justice"), year);
            }

            foreach (var agency in agencies.Where(a => a.Inspects))
            {
                if (year == options.FirstDay.Year)
                {
                    inspections.List(agency);
                }

                inspections.Plan(agency, year);
                for (var quarter = 1; quarter <= 4 && inspections.Result(agency, year, quarter, options.Today); quarter++)
                {
                }
            }
        }
    }

    private static void WriteNotices(
        CorpusOptions options, IReadOnlyList<AgencySpec> agencies, SupportingRecordsWriter records, InspectionRecordsWriter inspections, Random random)
    {
        var count = Math.Max(10, options.Decisions / 500);
        var span = options.LastDay.DayNumber - options.FirstDay.DayNumber;
        for (var i = 0; i < count; i++)
        {
            var eventDate = inspections.Workday(options.FirstDay.AddDays(random.Next(span)));
            records.Notice(agencies[random.Next(agencies.Count)], i + 1, eventDate, inspections.Workday(eventDate.AddDays(3)));
        }
    }

    private static void WriteDecisions(
        CorpusOptions options, IReadOnlyList<AgencySpec> agencies, Dictionary<string, List<string>> officers,
        DecisionWriter writer, WorkdayCalendar calendar, Random random)
    {
        var workdays = new List<DateOnly>();
        for (var day = options.FirstDay; day <= options.LastDay; day = day.AddDays(1))
        {
            if (calendar.TryIsWorkday(day, out var workday, out _) && workday)
            {
                workdays.Add(day);
            }
        }

        var stubs = new List<DecisionStub>(options.Decisions);
        for (var i = 0; i < options.Decisions; i++)
        {
            var agency = agencies[random.Next(agencies.Count)];
            var category = PickCategory(random);
            var scenarios = DecisionScenarios.All.Where(s => s.Category == category && (s.Domain == "any" || s.Domain == agency.Domain)).ToList();
            if (scenarios.Count == 0)
            {
                scenarios = [.. DecisionScenarios.All.Where(s => s.Category == category && s.Domain == "general")];
            }

            stubs.Add(new DecisionStub(agency, scenarios[random.Next(scenarios.Count)], workdays[random.Next(workdays.Count)]));
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (stub, index) in stubs.Select((s, i) => (s, i)).OrderBy(p => p.s.Date).ThenBy(p => p.i))
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{stub.Agency.Id}/{stub.Scenario.Category}/{stub.Date.Year}");
            var number = numbers[key] = numbers.GetValueOrDefault(key) + 1;
            var deadline = stub.Scenario.Category is "行政许可" or "行政处罚" ? 7 : 20;
            calendar.TryAddWorkdays(stub.Date, random.Next(1, Math.Min(deadline, 5) + 1), out var published, out _);
            var staff = officers[stub.Agency.Id];
            var handled = staff.Count < 2 ? staff : [.. staff.OrderBy(_ => random.Next()).Take(2).Order(StringComparer.Ordinal)];
            writer.Write(stub, number, published, handled);
        }
    }

    private static string PickCategory(Random random)
    {
        var roll = random.Next(CategoryWeights.Sum(c => c.Weight));
        foreach (var (category, weight) in CategoryWeights)
        {
            if ((roll -= weight) < 0)
            {
                return category;
            }
        }

        return CategoryWeights[0].Category;
    }

    private static string SiteYaml(CorpusOptions options) => new YamlText()
        .Text("title", "江岭市行政执法公示平台（合成基准语料）")
        .Text("host", "江岭市人民政府")
        .Text("base_url", "https://zfgs.jiangling.example.gov.cn/")
        .Date("today", options.Today)
        .Open("rules").Date("duties_from", new DateOnly(options.FirstDay.Year, 4, 1), 2)
        .ToString();
}
