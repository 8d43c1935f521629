using System.Collections.Immutable;
using System.Globalization;
using Disclosure.Generator.Model;
using Disclosure.Generator.Records;
using Disclosure.Generator.Rendering.Markdown;

namespace Disclosure.Generator.Rendering.Views;

/// <summary>
/// Turns model records into the flat, pre-formatted views templates see. Only publishable fields are
/// copied; an individual's name only ever enters a view masked.
/// </summary>
internal sealed class ViewFactory
{
    private readonly SiteModel _model;
    private readonly MarkdownRenderer _markdown;
    private readonly Func<string, string> _text;
    private readonly ImmutableDictionary<RecordId, AgencyView> _agencies;
    private readonly ImmutableDictionary<RecordId, Officer> _officers;

    /// <summary>Creates the factory for one site model, in the site's language.</summary>
    public ViewFactory(SiteModel model, MarkdownRenderer markdown, Func<string, string> text)
    {
        _model = model;
        _markdown = markdown;
        _text = text;
        English = model.Config.Language == "en";
        var decisionCounts = model.Decisions.GroupBy(d => d.Agency).ToDictionary(g => g.Key, g => g.Count());
        var officerCounts = model.Officers.Where(o => o.Certificate?.IsValidOn(model.Today) == true).GroupBy(o => o.Agency).ToDictionary(g => g.Key, g => g.Count());
        _agencies = model.Agencies.ToImmutableDictionary(a => a.Id, a => Agency(a, decisionCounts.GetValueOrDefault(a.Id), officerCounts.GetValueOrDefault(a.Id)));
        _officers = model.Officers.ToImmutableDictionary(o => o.Id);
    }

    /// <summary>True when the site is in English.</summary>
    public bool English { get; }

    /// <summary>The view of an agency.</summary>
    public AgencyView AgencyOf(RecordId id) => _agencies[id];

    /// <summary>A formatted date.</summary>
    public string Date(DateOnly date) => ViewFormat.Date(date, English)!;

    /// <summary>Label of a closed-set value in the site's language.</summary>
    public string Label<TEnum>(ClosedSet<TEnum> set, TEnum value)
        where TEnum : struct, Enum => English ? set.English(value) : set.Chinese(value);

    /// <summary>Markdown to HTML.</summary>
    public string? Html(string? markdown, bool inSection = false) => _markdown.ToHtml(markdown, inSection);

    /// <summary>The officer view.</summary>
    public OfficerView Officer(Officer o)
    {
        var agency = AgencyOf(o.Agency);
        return new OfficerView
        {
            Name = o.Name,
            Url = SiteUrls.Officer(o),
            Role = Label(ClosedSets.Roles, o.Role),
            IsAuxiliary = o.Role == OfficerRole.Auxiliary,
            Gender = o.Gender is { } g ? Label(ClosedSets.Genders, g) : null,
            Age = o.BirthYear is { } y ? (_model.Today.Year - y).ToString(CultureInfo.InvariantCulture) : null,
            AgencyName = agency.Name,
            AgencyUrl = agency.Url,
            Unit = o.Unit,
            Post = o.Post,
            Category = o.Category,
            Region = o.Region,
            CertificateNumber = o.Certificate?.Number.Value,
            ValidFrom = ViewFormat.Date(o.Certificate?.ValidFrom, English),
            ValidUntil = ViewFormat.Date(o.Certificate?.ValidUntil, English),
            ValidUntilIso = ViewFormat.Iso(o.Certificate?.ValidUntil),
            Active = o.Certificate?.IsValidOn(_model.Today) == true,
            Duties = o.Duties,
            Scope = o.Scope,
        };
    }

    /// <summary>The decision view with its rendered full text; the target's name is the public (masked) one.</summary>
    public DecisionView Decision(Decision d) => DecisionRow(d) with { BodyHtml = _markdown.ToHtml(d.Body, inSection: true) };

    /// <summary>The decision view without the full text, for lists.</summary>
    public DecisionView DecisionRow(Decision d) => new()
    {
        Title = d.Title,
        Url = SiteUrls.Decision(d),
        Category = Label(ClosedSets.Categories, d.Category),
        CategoryUrl = SiteUrls.DecisionsByCategory(d.Category),
        DocumentNumber = d.DocumentNumber.Value,
        DecisionDate = Date(d.DecisionDate),
        DecisionDateIso = ViewFormat.Iso(d.DecisionDate)!,
        Agency = AgencyOf(d.Agency),
        TargetType = Label(ClosedSets.TargetTypes, d.Target.Type),
        TargetName = d.Target.PublicName,
        CreditCode = d.Target.Type == TargetType.NaturalPerson ? null : d.Target.CreditCode?.Value,
        Summary = d.Summary,
        Facts = d.Facts,
        LegalBasis = d.LegalBasis,
        PenaltyTypes = d.Penalty is { Types.Count: > 0 } p ? string.Join(English ? ", " : "、", p.Types) : null,
        Fine = ViewFormat.Money(d.Penalty?.Fine, English),
        Confiscation = ViewFormat.Money(d.Penalty?.Confiscation, English),
        Officers = [.. d.Officers.Where(_officers.ContainsKey).Select(id => _officers[id]).Select(o => new LinkView($"{o.Name}（{o.Certificate?.Number.Value}）", SiteUrls.Officer(o)))],
        Major = d.Major,
        LateReason = d.LateReason,
        LegalException = d.LegalException,
        PublicationEnd = ViewFormat.Date(d.PublicationEnd, English),
    };

    /// <summary>The 已撤下 notice of a withdrawn decision: nothing about the party or the decision's content.</summary>
    public WithdrawalView Withdrawal(Decision d) => new(
        d.DocumentNumber.Value,
        AgencyOf(d.Agency),
        Date(d.Withdrawal!.Date),
        ViewFormat.Iso(d.Withdrawal.Date)!,
        Label(ClosedSets.WithdrawalReasons, d.Withdrawal.Reason),
        d.Withdrawal.Note,
        SiteUrls.Decision(d));

    /// <summary>Attachment views.</summary>
    public static IReadOnlyList<AttachmentView> Attachments(IReadOnlyList<Attachment> attachments) =>
        [.. attachments.Select(a =>
        {
            var extension = Path.GetExtension(a.File).TrimStart('.').ToUpperInvariant();
            return new AttachmentView(a.Title, SiteUrls.Attachment(a.File), extension, extension is "SVG" or "PNG" or "JPG" or "JPEG" or "GIF" or "WEBP");
        })];

    /// <summary>A fact row, or null when the value is empty.</summary>
    public FactView? Fact(string labelKey, string? value) => string.IsNullOrWhiteSpace(value) ? null : new FactView(_text(labelKey), value);

    private AgencyView Agency(Agency a, int decisions, int officers) => new()
    {
        Id = a.Id.Value,
        Name = a.Name,
        ShortName = a.ShortName ?? a.Name,
        Url = SiteUrls.Agency(a.Id),
        ParentBody = a.ParentBody,
        CreditCode = a.CreditCode?.Value,
        FunctionsHtml = _markdown.ToHtml(a.Functions),
        InternalBodies = a.InternalBodies,
        StaffingAuthorized = a.Staffing?.Authorized?.ToString(CultureInfo.InvariantCulture),
        StaffingInPost = a.Staffing?.InPost?.ToString(CultureInfo.InvariantCulture),
        StaffingNote = a.Staffing?.Note,
        DutiesHtml = _markdown.ToHtml(a.Duties),
        Jurisdiction = a.Jurisdiction,
        Region = a.EnforcementRegion,
        Phone = a.Phone,
        SupervisionPhone = a.SupervisionPhone,
        Address = a.Address,
        OfficeHours = a.OfficeHours,
        Confidential = a.Confidential,
        OfficerCount = officers,
        DecisionCount = decisions,
        DecisionsUrl = SiteUrls.DecisionsByAgency(a.Id),
    };
}
