using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/guides/ to a <see cref="ServiceGuide"/>.</summary>
internal static class ServiceGuideReader
{
    /// <summary>The guide, or null when required fields are missing (already reported).</summary>
    public static ServiceGuide? Read(FieldReader f, string? body)
    {
        var header = RecordHeader.Read(f);
        var guide = new
        {
            Title = f.Text("title", required: true),
            Power = f.Text("power"),
            Basis = f.Text("basis", required: true),
            Accepting = f.Text("accepting_body"),
            Approving = f.Text("approving_body"),
            Conditions = f.Text("conditions"),
            Preferential = f.Text("preferential_policies"),
            Materials = f.TextList("materials"),
            Process = f.Text("process"),
            LegalLimit = f.Text("legal_time_limit"),
            PromisedLimit = f.Text("promised_time_limit"),
            Fees = f.Text("fees"),
            FeeBasis = f.Text("fee_basis"),
            Supervision = f.Text("supervision"),
            Liability = f.Text("liability"),
            Remedies = f.Text("remedies"),
            Hours = f.Text("office_hours"),
            Address = f.Text("address"),
            Phone = f.Text("phone"),
            Attachments = AttachmentFields.Read(f),
        };
        f.Finish();
        if (!header.IsComplete() || guide.Title is null || guide.Basis is null)
        {
            return null;
        }

        return new ServiceGuide
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Title = guide.Title,
            Power = guide.Power,
            Basis = guide.Basis,
            AcceptingBody = guide.Accepting,
            ApprovingBody = guide.Approving,
            Conditions = guide.Conditions,
            PreferentialPolicies = guide.Preferential,
            Materials = guide.Materials,
            Process = guide.Process,
            LegalTimeLimit = guide.LegalLimit,
            PromisedTimeLimit = guide.PromisedLimit,
            Fees = guide.Fees,
            FeeBasis = guide.FeeBasis,
            Supervision = guide.Supervision,
            Liability = guide.Liability,
            Remedies = guide.Remedies,
            OfficeHours = guide.Hours,
            Address = guide.Address,
            Phone = guide.Phone,
            Attachments = guide.Attachments,
            Body = body,
        };
    }
}
