using System.Collections.Frozen;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// The public values of a whole site that the scanner must not flag: what <see cref="ScanAllowances.FromRecords"/>
/// allows (agency phones, officers' names and certificate numbers, never those of a confidential agency),
/// plus service-guide phones and the site's own contact phone.
/// </summary>
internal static class PublicAllowances
{
    /// <summary>Builds the allowances from the records and the configuration.</summary>
    public static ScanAllowances From(RecordSet records, SiteConfig config)
    {
        var allowances = ScanAllowances.FromRecords(records);
        var phones = allowances.PublicPhones.Concat(records.Guides.Select(g => g.Phone)).Append(config.Contact.Phone)
            .OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        return allowances with { PublicPhones = phones };
    }
}
