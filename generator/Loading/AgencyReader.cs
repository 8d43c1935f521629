using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/agencies/ to an <see cref="Agency"/>.</summary>
internal static class AgencyReader
{
    /// <summary>The agency, or null when required fields are missing (already reported).</summary>
    public static Agency? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f, hasAgency: false);
        var name = f.Text("name", required: true);
        var shortName = f.Text("short_name");
        var parent = f.Text("parent_body");
        var credit = CreditCodeField.Read(f, "credit_code");
        var functions = f.Text("functions", required: true);
        var bodies = f.TextList("internal_bodies");
        var staffing = ReadStaffing(f.Mapping("staffing"));
        var duties = f.Text("duties");
        var jurisdiction = f.Text("jurisdiction");
        var region = f.Text("enforcement_region");
        var phone = f.Text("phone");
        var supervision = f.Text("supervision_phone");
        var address = f.Text("address");
        var hours = f.Text("office_hours");
        var confidential = f.Bool("confidential");
        var reviewers = ReadReviewers(f.Mapping("reviewers"));
        f.Finish();
        if (!header.IsComplete(hasAgency: false) || name is null || functions is null)
        {
            return null;
        }

        return new Agency
        {
            Id = header.Id!.Value,
            Agency = header.Id!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Name = name,
            ShortName = shortName,
            ParentBody = parent,
            CreditCode = credit,
            Functions = functions,
            InternalBodies = bodies,
            Staffing = staffing,
            Duties = duties,
            Jurisdiction = jurisdiction,
            EnforcementRegion = region,
            Phone = phone,
            SupervisionPhone = supervision,
            Address = address,
            OfficeHours = hours,
            Confidential = confidential,
            Reviewers = reviewers,
        };
    }

    private static Staffing? ReadStaffing(FieldReader? f)
    {
        if (f is null)
        {
            return null;
        }

        var staffing = new Staffing(f.Int("authorized"), f.Int("in_post"), f.Text("note"));
        f.Finish();
        return staffing;
    }

    private static Reviewers? ReadReviewers(FieldReader? f)
    {
        if (f is null)
        {
            return null;
        }

        var reviewers = new Reviewers(f.TextList("deputy"), f.TextList("principal"));
        f.Finish();
        return reviewers;
    }
}
