using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/procedures/ to a <see cref="Procedure"/>.</summary>
internal static class ProcedureReader
{
    /// <summary>The procedure, or null when required fields are missing (already reported).</summary>
    public static Procedure? Read(FieldReader f, string? body)
    {
        var header = RecordHeader.Read(f);
        var title = f.Text("title", required: true);
        var kind = f.Choice("kind", ClosedSets.ProcedureKinds, required: true);
        var summary = f.Text("summary");
        var attachments = AttachmentFields.Read(f);
        f.Finish();
        if (!header.IsComplete() || title is null || kind is null)
        {
            return null;
        }

        return new Procedure
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Title = title,
            Kind = kind.Value,
            Summary = summary,
            Attachments = attachments,
            Body = body,
        };
    }
}
