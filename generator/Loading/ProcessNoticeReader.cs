using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/notices/ to a <see cref="ProcessNotice"/>.</summary>
internal static class ProcessNoticeReader
{
    /// <summary>The notice, or null when required fields are missing (already reported).</summary>
    public static ProcessNotice? Read(FieldReader f, string? body)
    {
        var header = RecordHeader.Read(f);
        var kind = f.Choice("kind", ClosedSets.NoticeKinds, required: true);
        var title = f.Text("title", required: true);
        var eventDate = f.Date("event_date");
        var eventTime = f.Text("event_time");
        var place = f.Text("place");
        var matter = f.Text("matter");
        var attachments = AttachmentFields.Read(f);
        f.Finish();
        if (eventTime is not null && !TimeOnly.TryParseExact(eventTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            f.Report(RuleCodes.WrongType, "event_time", "event_time", "时间 HH:MM / a time HH:MM");
        }

        if (!header.IsComplete() || kind is null || title is null)
        {
            return null;
        }

        return new ProcessNotice
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Kind = kind.Value,
            Title = title,
            EventDate = eventDate,
            EventTime = eventTime,
            Place = place,
            Matter = matter,
            Attachments = attachments,
            Body = body,
        };
    }
}
