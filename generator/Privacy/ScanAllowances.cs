using System.Collections.Frozen;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Values that are public and must not be flagged: agency phone numbers declared in agency records
/// (办公电话、监督电话), officers' names, and officers' certificate numbers (执法证号). Phones are compared by
/// digits only, so 0000-7310001 and 00007310001 are the same number.
/// </summary>
/// <param name="PublicPhones">Declared agency phone numbers, in any writing.</param>
/// <param name="OfficerNames">Officers' names, never flagged as personal names.</param>
/// <param name="CertificateNumbers">Officers' certificate numbers, allowed after 执法证号 / 执法证件号码.</param>
internal sealed record ScanAllowances(IReadOnlySet<string> PublicPhones, IReadOnlySet<string> OfficerNames, IReadOnlySet<string> CertificateNumbers)
{
    /// <summary>No allowances: every detector applies in full.</summary>
    public static ScanAllowances None { get; } = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>
    /// The public values declared in a site's records: every agency's 办公电话 and 监督电话, and the names and
    /// certificate numbers of officers. Officers of a confidential agency are never published, so their names
    /// stay personal and are left out.
    /// </summary>
    public static ScanAllowances FromRecords(RecordSet records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var confidential = records.Agencies.Where(a => a.Confidential).Select(a => a.Id).ToHashSet();
        var officers = records.Officers.Where(o => !confidential.Contains(o.Agency)).ToList();
        return new ScanAllowances(
            records.Agencies.SelectMany(a => new[] { a.Phone, a.SupervisionPhone }).OfType<string>().ToFrozenSet(StringComparer.Ordinal),
            officers.Select(o => o.Name).ToFrozenSet(StringComparer.Ordinal),
            officers.Select(o => o.Certificate?.Number.Value).OfType<string>().ToFrozenSet(StringComparer.Ordinal));
    }
}
