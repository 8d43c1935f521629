namespace Disclosure.Generator.Privacy;

/// <summary>
/// 个人信息扫描: the one detector set for personal data, used by validation (DISC106), by the final scan of every
/// byte about to be written (DISC116) and by import. It finds natural persons' names in context, resident ID
/// numbers, phone numbers, bank cards and accounts, property certificates, vehicle plates, passports and
/// travel permits, e-mail addresses, home addresses and property-status phrases (法释〔2016〕19号 第十条;
/// 浙江 第七条; 武汉 seed), and leaves organisations' data alone: credit codes, company names and addresses,
/// document numbers, declared agency phones, hotlines, officers' names and certificates, amounts, dates and
/// article citations. Pure and thread-safe: one instance may scan many texts at once.
/// </summary>
internal sealed class PersonalDataScanner
{
    private readonly AllowanceLookup _allowances;

    /// <summary>Creates a scanner that never reports the given public values.</summary>
    public PersonalDataScanner(ScanAllowances allowances)
    {
        ArgumentNullException.ThrowIfNull(allowances);
        _allowances = new AllowanceLookup(allowances);
    }

    /// <summary>
    /// Scans a text and returns its findings sorted by position. Positions refer to <paramref name="text"/>
    /// as given (after the caller dropped a byte-order mark); full-width digits and digits split by spaces or
    /// dashes are read as numbers without changing any position.
    /// </summary>
    public IReadOnlyList<PersonalDataFinding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var doc = new ScanDocument(text);
        var matches = new ScanMatchSet();

        // Most specific first: an e-mail or a certificate holds digits that must not be read as a phone.
        EmailDetector.Find(doc, matches);
        matches.Commit();
        PropertyCertificateDetector.Find(doc, matches);
        matches.Commit();
        PassportDetector.Find(doc, matches);
        matches.Commit();
        VehiclePlateDetector.Find(doc, matches);
        matches.Commit();
        DigitNumberDetector.Find(doc, _allowances, matches);
        matches.Commit();
        var parties = PersonNameDetector.Find(doc, _allowances, matches);
        matches.Commit();
        AddressDetector.Find(doc, parties, matches);
        matches.Commit();
        PropertyStatusDetector.Find(doc, matches);

        var sorted = matches.Matches.OrderBy(m => m.Start).ThenBy(m => m.Length).ToList();
        return CodePointPositions.ToFindings(text, sorted);
    }
}
