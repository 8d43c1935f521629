using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/corrections/ to a <see cref="Correction"/>.</summary>
internal static class CorrectionReader
{
    /// <summary>The entry, or null when required fields are missing (already reported).</summary>
    public static Correction? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f);
        var kind = f.Choice("kind", ClosedSets.CorrectionKinds, required: true);
        var received = f.Date("received", required: true);
        var record = f.Id("record");
        var requester = f.Text("requester");
        var summary = f.Text("summary", required: true);
        var outcome = f.Choice("outcome", ClosedSets.CorrectionOutcomes, required: true);
        var reason = f.Text("reason");
        var correctedOn = f.Date("corrected_on");
        f.Finish();
        if (!header.IsComplete() || kind is null || received is null || summary is null || outcome is null)
        {
            return null;
        }

        return new Correction
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Kind = kind.Value,
            Received = received.Value,
            Record = record,
            Requester = requester,
            Summary = summary,
            Outcome = outcome.Value,
            Reason = reason,
            CorrectedOn = correctedOn,
        };
    }
}
