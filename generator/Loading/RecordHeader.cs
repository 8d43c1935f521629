using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>The fields every record kind shares, read once per record.</summary>
internal sealed record RecordHeader(RecordId? Id, RecordId? Agency, DateOnly? Published, DateOnly? Updated, DateOnly? PublicationEnd, DateOnly? Claimed)
{
    /// <summary>
    /// Reads id, agency (unless the kind is the agency itself), published, updated and publication_end.
    /// Without <c>published</c>, the record is published on the day Git first added it; a record new in a
    /// pull request is published on the day it is merged, whatever it claims (the claim is kept for the
    /// back-dating rule).
    /// </summary>
    public static RecordHeader Read(FieldReader fields, bool hasAgency = true)
    {
        var id = fields.Id("id", required: true);
        var agency = hasAgency ? fields.Id("agency", required: true) : null;
        var claimed = fields.Date("published");
        var published = fields.File.IsNew ? fields.File.DefaultPublished : claimed ?? fields.File.DefaultPublished;
        return new RecordHeader(id, agency, published, fields.Date("updated"), fields.Date("publication_end"), claimed);
    }

    /// <summary>True when every required header field was read.</summary>
    public bool IsComplete(bool hasAgency = true) => Id is not null && Published is not null && (!hasAgency || Agency is not null);
}
