using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/inspection-results/ to an <see cref="InspectionResult"/>.</summary>
internal static class InspectionResultReader
{
    /// <summary>The result, or null when required fields are missing (already reported).</summary>
    public static InspectionResult? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f);
        var periodText = f.Text("period", required: true);
        var title = f.Text("title", required: true);
        var summary = f.Text("summary");
        var planned = f.Int("planned");
        var inspected = f.Int("inspected");
        var passed = f.Int("passed");
        var items = new List<InspectionResultItem>();
        foreach (var item in f.MappingList("items"))
        {
            var target = item.Text("object", required: true);
            var date = item.Date("date", required: true);
            var outcome = item.Choice("outcome", ClosedSets.Outcomes, required: true);
            var note = item.Text("note");
            item.Finish();
            if (target is not null && date is not null && outcome is not null)
            {
                items.Add(new InspectionResultItem(target, date.Value, outcome.Value, note));
            }
        }

        f.Finish();
        ReportingPeriod period = default;
        if (periodText is not null && !ReportingPeriod.TryParse(periodText, out period))
        {
            f.Report(RuleCodes.WrongType, "period", "period", "YYYY-MM 或 YYYY-Qn / YYYY-MM or YYYY-Qn");
            return null;
        }

        if (passed > inspected)
        {
            f.Report(RuleCodes.InvalidValue, "passed", "passed", "大于 inspected / more than inspected");
        }

        if (!header.IsComplete() || periodText is null || title is null)
        {
            return null;
        }

        return new InspectionResult
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Period = period,
            Title = title,
            Summary = summary,
            Planned = planned,
            Inspected = inspected,
            Passed = passed,
            Items = items,
        };
    }
}
