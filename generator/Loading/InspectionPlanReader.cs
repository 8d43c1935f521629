using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/inspection-plans/ to an <see cref="InspectionPlan"/>.</summary>
internal static class InspectionPlanReader
{
    /// <summary>The plan, or null when required fields are missing (already reported).</summary>
    public static InspectionPlan? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f);
        var year = f.Int("year", required: true);
        var title = f.Text("title", required: true);
        var items = new List<InspectionPlanItem>();
        foreach (var item in f.MappingList("items", required: true))
        {
            var subject = item.Text("subject", required: true);
            var method = item.Text("method", required: true);
            var baseCount = item.Int("base_count", required: true);
            var ratio = item.Decimal("ratio", required: true);
            var frequency = item.Text("frequency", required: true);
            item.Finish();
            if (subject is not null && method is not null && baseCount is not null && ratio is not null && frequency is not null)
            {
                items.Add(new InspectionPlanItem(subject, method, baseCount.Value, ratio.Value, frequency));
            }
        }

        f.Finish();
        if (!header.IsComplete() || year is null || title is null)
        {
            return null;
        }

        return new InspectionPlan
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Year = year.Value,
            Title = title,
            Items = items,
        };
    }
}
