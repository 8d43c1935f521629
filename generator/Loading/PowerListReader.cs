using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/powers/ to a <see cref="PowerList"/>.</summary>
internal static class PowerListReader
{
    /// <summary>The list, or null when required fields are missing (already reported).</summary>
    public static PowerList? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f);
        var items = new List<PowerItem>();
        foreach (var item in f.MappingList("items", required: true))
        {
            var code = item.Text("code", required: true);
            var name = item.Text("name", required: true);
            var type = item.Choice("type", ClosedSets.Categories, required: true);
            var basis = item.Text("basis", required: true);
            var body = item.Text("body");
            item.Finish();
            if (code is not null && name is not null && type is not null && basis is not null)
            {
                items.Add(new PowerItem(code, name, type.Value, basis, body));
            }
        }

        f.Finish();
        if (!header.IsComplete())
        {
            return null;
        }

        return new PowerList
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
