using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/officers/ to an <see cref="Officer"/>.</summary>
internal static class OfficerReader
{
    /// <summary>The officer, or null when required fields are missing (already reported).</summary>
    public static Officer? Read(FieldReader f)
    {
        var header = RecordHeader.Read(f);
        var role = f.Choice("role", ClosedSets.Roles, required: true);
        var name = f.Text("name", required: true);
        var gender = f.Choice("gender", ClosedSets.Genders);
        var birthYear = f.Int("birth_year");
        var unit = f.Text("unit");
        var post = f.Text("post");
        var category = f.Text("category");
        var region = f.Text("region");
        var certificate = ReadCertificate(f, role);
        var duties = f.Text("duties");
        var scope = f.Text("scope");
        f.Finish();
        if (birthYear is < 1900 or > 2100)
        {
            f.Report(RuleCodes.InvalidValue, "birth_year", "birth_year", "1900–2100");
        }

        if (!header.IsComplete() || role is null || name is null || (role == OfficerRole.Officer && certificate is null))
        {
            return null;
        }

        return new Officer
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Role = role.Value,
            Name = name,
            Gender = gender,
            BirthYear = birthYear,
            Unit = unit,
            Post = post,
            Category = category,
            Region = region,
            Certificate = certificate,
            Duties = duties,
            Scope = scope,
        };
    }

    private static Certificate? ReadCertificate(FieldReader f, OfficerRole? role)
    {
        // 持证上岗: an enforcement officer must have a certificate; auxiliary staff have none.
        var c = f.Mapping("certificate", required: role == OfficerRole.Officer);
        if (c is null)
        {
            return null;
        }

        var numberText = c.Text("number", required: true);
        var from = c.Date("valid_from");
        var until = c.Date("valid_until", required: true);
        c.Finish();
        if (role == OfficerRole.Auxiliary)
        {
            f.Report(RuleCodes.InvalidValue, "certificate", "certificate", "辅助人员没有执法证件 / auxiliary staff hold no enforcement certificate");
            return null;
        }

        if (numberText is not null && !CertificateNumber.TryParse(numberText, out _))
        {
            c.Report(RuleCodes.WrongType, "number", "certificate.number", "4–32 位字母、数字或 - / 4–32 letters, digits or '-'");
            return null;
        }

        if (from is not null && until is not null && until < from)
        {
            c.Report(RuleCodes.InvalidValue, "valid_until", "certificate.valid_until", "早于 valid_from / before valid_from");
        }

        return numberText is not null && until is not null && CertificateNumber.TryParse(numberText, out var number)
            ? new Certificate(number, from, until.Value)
            : null;
    }
}
