using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/inspection-lists/ to an <see cref="InspectionList"/>.</summary>
internal static class InspectionListReader
{
    /// <summary>The list, or null when required fields are missing (already reported).</summary>
    public static InspectionList? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f);
        var items = new List<InspectionListItem>();
        foreach (var item in f.MappingList("items", required: true))
        {
            var name = item.Text("name", required: true);
            var subject = item.Text("subject");
            var basis = item.Text("basis", required: true);
            var target = item.Text("object", required: true);
            var content = item.Text("content", required: true);
            var ratio = item.Text("ratio", required: true);
            var method = item.Text("method", required: true);
            var frequency = item.Text("frequency", required: true);
            item.Finish();
            if (name is not null && basis is not null && target is not null && content is not null && ratio is not null && method is not null && frequency is not null)
            {
                items.Add(new InspectionListItem(name, subject, basis, target, content, ratio, method, frequency));
            }
        }

        f.Finish();
        if (!header.IsComplete())
        {
            return null;
        }

        return new InspectionList
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Items = items,
        };
    }
}
