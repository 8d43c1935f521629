using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/reports/ to a <see cref="StatisticsReport"/>.</summary>
internal static class StatisticsReportReader
{
    /// <summary>The report, or null when required fields are missing (already reported).</summary>
    public static StatisticsReport? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f);
        var year = f.Int("year", required: true);
        var title = f.Text("title", required: true);
        var posts = f.Int("posts");
        var complaints = ReadComplaints(f.Mapping("complaints"));
        var notes = f.Text("notes");
        f.Finish();
        if (!header.IsComplete() || year is null || title is null)
        {
            return null;
        }

        return new StatisticsReport
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
            Posts = posts,
            Complaints = complaints,
            Notes = notes,
        };
    }

    private static Complaints? ReadComplaints(FieldReader? c)
    {
        if (c is null)
        {
            return null;
        }

        var received = c.Int("received", required: true);
        var resolved = c.Int("resolved", required: true);
        var substantiated = c.Int("substantiated");
        var pending = c.Int("pending");
        c.Finish();
        return received is null || resolved is null ? null : new Complaints(received.Value, resolved.Value, substantiated, pending);
    }
}
