namespace Disclosure.Generator.Diagnostics;

/// <summary>
/// The catalogue of stable diagnostic codes. A code is never renumbered or reused; the README's table
/// lists the same codes. DISC001–DISC049: reading content; DISC050–DISC099: configuration, theme and
/// output; DISC100 and up: publication rules.
/// </summary>
internal static class RuleCodes
{
    /// <summary>The file is not well-formed YAML.</summary>
    public const string MalformedYaml = "DISC001";
    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "DISC002";
    /// <summary>A field the schema does not know (often a typo).</summary>
    public const string UnknownField = "DISC003";
    /// <summary>A field has the wrong type (text where a list is expected, …).</summary>
    public const string WrongType = "DISC004";
    /// <summary>A date that is malformed or does not exist.</summary>
    public const string InvalidDate = "DISC005";
    /// <summary>Two records of one kind share an id.</summary>
    public const string DuplicateId = "DISC006";
    /// <summary>A reference to an agency that does not exist.</summary>
    public const string UnknownAgency = "DISC007";
    /// <summary>A reference to an officer that does not exist.</summary>
    public const string UnknownOfficer = "DISC008";
    /// <summary>An attachment file that does not exist.</summary>
    public const string MissingAttachment = "DISC009";
    /// <summary>A value outside its closed set.</summary>
    public const string UnknownValue = "DISC010";
    /// <summary>An id that is not lower-case letters, digits and '-'.</summary>
    public const string InvalidId = "DISC011";
    /// <summary>Markdown front matter that is missing or not closed.</summary>
    public const string FrontMatter = "DISC012";
    /// <summary>A file outside any record folder, or with an unsupported extension.</summary>
    public const string UnknownLocation = "DISC013";
    /// <summary>A unified social credit code that fails its checksum.</summary>
    public const string InvalidCreditCode = "DISC014";
    /// <summary>A reference to a record that does not exist.</summary>
    public const string UnknownRecord = "DISC015";
    /// <summary>A value that is well-typed but impossible (negative count, end before start …).</summary>
    public const string InvalidValue = "DISC016";
    /// <summary>A file that cannot be read as UTF-8 text.</summary>
    public const string UnreadableFile = "DISC017";
    /// <summary>Two officers share one certificate number.</summary>
    public const string DuplicateCertificate = "DISC018";
    /// <summary>A result published after its deadline with no late reason or legal exception.</summary>
    public const string LatePublication = "DISC100";
    /// <summary>A result published late with a recorded reason: published, counted late.</summary>
    public const string LateWithReason = "DISC101";
    /// <summary>A new record claims a publication date before the day it is merged (back-dating).</summary>
    public const string BackDated = "DISC102";
    /// <summary>A withdrawal taken down after the withdrawal deadline.</summary>
    public const string LateWithdrawal = "DISC103";
    /// <summary>A withdrawal without the day the revoking decision was received, so its timeliness cannot be checked.</summary>
    public const string WithdrawalUndated = "DISC104";
    /// <summary>A record that mentions a minor but carries no exclusion.</summary>
    public const string MinorNotExcluded = "DISC105";
    /// <summary>Personal data in a field that reaches the public site.</summary>
    public const string PersonalData = "DISC106";
    /// <summary>A natural-person target whose name is not masked.</summary>
    public const string UnmaskedTarget = "DISC107";
    /// <summary>A record past its end of publication, dropped by the build (information).</summary>
    public const string PublicationEnded = "DISC108";
    /// <summary>A decision handled by an officer whose certificate was not valid on the decision date.</summary>
    public const string CertificateNotValid = "DISC109";
    /// <summary>The annual statistics report is missing after its due date.</summary>
    public const string ReportMissing = "DISC110";
    /// <summary>The year's inspection plan is missing after its due quarter.</summary>
    public const string PlanMissing = "DISC111";
    /// <summary>Inspection results are missing for a period whose due date has passed.</summary>
    public const string ResultsMissing = "DISC112";
    /// <summary>A changed record was not approved by one of its agency's reviewers.</summary>
    public const string NotApproved = "DISC113";
    /// <summary>A major decision was not approved by its agency's principal head.</summary>
    public const string MajorNotApproved = "DISC114";
    /// <summary>A working-day computation reached a year with no calendar data.</summary>
    public const string CalendarMissing = "DISC115";
    /// <summary>The final scan found personal data in a file about to be written.</summary>
    public const string OutputPersonalData = "DISC116";
    /// <summary>A calendar data file is malformed.</summary>
    public const string CalendarInvalid = "DISC117";
    /// <summary>A property-status phrase (财产状况) that a reviewer should look at; published only after review.</summary>
    public const string PropertyStatusReview = "DISC118";
    /// <summary>A link or image in Markdown with a scheme that could run script (javascript:, data: …).</summary>
    public const string UnsafeLink = "DISC119";
    /// <summary>site.yml has no real base_url, so feeds and the sitemap (which need absolute addresses) are not written.</summary>
    public const string BaseUrlMissing = "DISC170";
    /// <summary>import: the mapping file is malformed or names an unknown field or key.</summary>
    public const string ImportMappingInvalid = "DISC180";
    /// <summary>import: the export file cannot be read (encoding, CSV quoting, JSON syntax, no header).</summary>
    public const string ImportExportUnreadable = "DISC181";
    /// <summary>import: the mapping names a column the export does not have.</summary>
    public const string ImportColumnMissing = "DISC182";
    /// <summary>import: a row lacks a value the record requires (document number, decision date …).</summary>
    public const string ImportMissingValue = "DISC183";
    /// <summary>import: a row's value cannot be converted (a bad date, amount or credit code).</summary>
    public const string ImportBadValue = "DISC184";
    /// <summary>import: a row's value is outside its closed set or the mapping's value map (an unknown category).</summary>
    public const string ImportUnknownValue = "DISC185";
    /// <summary>import: personal data in a row's text; the row is not written.</summary>
    public const string ImportPersonalData = "DISC186";
    /// <summary>import: a document number used twice in the export, or already by another record.</summary>
    public const string ImportDuplicateNumber = "DISC187";
    /// <summary>import: the record file exists with different content; not overwritten without --update.</summary>
    public const string ImportFileDiffers = "DISC188";
    /// <summary>import: the converted record would fail a publication rule of check.</summary>
    public const string ImportFailsCheck = "DISC189";
    /// <summary>site.yml is missing.</summary>
    public const string MissingConfiguration = "DISC050";
    /// <summary>A theme template fails to parse or render.</summary>
    public const string TemplateError = "DISC051";
    /// <summary>The output folder cannot be written.</summary>
    public const string OutputError = "DISC052";
    /// <summary>Another build is writing the same output folder.</summary>
    public const string OutputLocked = "DISC053";
    /// <summary>The Git ref given to --changed-since does not exist, or the site is not in a Git repository.</summary>
    public const string UnknownGitRef = "DISC054";
    /// <summary>An internal error: a bug in the tool, not in the content.</summary>
    public const string InternalError = "DISC099";

    /// <summary>The severity each code carries.</summary>
    public static Severity SeverityOf(string code) => code switch
    {
        InvalidCreditCode or WithdrawalUndated or PropertyStatusReview => Severity.Warning,
        LateWithReason or PublicationEnded or BaseUrlMissing => Severity.Info,
        _ => Severity.Error,
    };
}
