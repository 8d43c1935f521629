using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class ScanAllowancesTests
{
    [Fact]
    public void None_allows_nothing()
    {
        var none = ScanAllowances.None;

        Assert.Empty(none.PublicPhones);
        Assert.Empty(none.OfficerNames);
        Assert.Empty(none.CertificateNumbers);
    }

    [Fact]
    public void From_records_takes_agency_phones_and_officers_but_not_officers_of_a_confidential_agency()
    {
        var records = RecordLoader.Load(new ContentRoot(RepoPaths.Root), new DiagnosticSink()).Records;
        var secret = records.Officers.Where(o => o.Agency.Value == "secrecy").ToList();

        var allowances = ScanAllowances.FromRecords(records);

        Assert.Contains("0000-7310001", allowances.PublicPhones);
        Assert.Contains("0000-7310012", allowances.PublicPhones);
        Assert.Contains("陈建国", allowances.OfficerNames);
        Assert.Contains("99010889274", allowances.CertificateNumbers);
        Assert.NotEmpty(secret);
        Assert.DoesNotContain(secret, o => allowances.OfficerNames.Contains(o.Name));
    }
}
