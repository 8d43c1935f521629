using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>The fields every record kind shares, read once per record.</summary>
internal sealed record RecordHeader(RecordId? Id, RecordId? Agency, DateOnly? Published, DateOnly? Updated, DateOnly? PublicationEnd)
{
    /// <summary>Reads id, agency (unless the kind is the agency itself), published, updated and publication_end.</summary>
    public static RecordHeader Read(FieldReader fields, bool hasAgency = true) => new(
        fields.Id("id", required: true),
        hasAgency ? fields.Id("agency", required: true) : null,
        fields.Date("published", required: true),
        fields.Date("updated"),
        fields.Date("publication_end"));

    /// <summary>True when every required header field was read.</summary>
    public bool IsComplete(bool hasAgency = true) => Id is not null && Published is not null && (!hasAgency || Agency is not null);
}
