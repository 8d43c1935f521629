using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Reads <c>attachments: [{title, file}]</c>; existence is checked by the loader, which reads the disk.</summary>
internal static class AttachmentFields
{
    /// <summary>The attachments listed under the key.</summary>
    public static IReadOnlyList<Attachment> Read(FieldReader fields, string key = "attachments")
    {
        var list = new List<Attachment>();
        foreach (var item in fields.MappingList(key))
        {
            var title = item.Text("title", required: true);
            var file = item.Text("file", required: true);
            item.Finish();
            if (title is not null && file is not null)
            {
                list.Add(new Attachment(title, file));
            }
        }

        return list;
    }
}
