using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>The text fields of each record kind that reach the public site, by their YAML names.</summary>
internal static class PublicFields
{
    /// <summary>Field name and text, for every published text field of the record.</summary>
    public static IEnumerable<(string Field, string? Text)> Of(DisclosureRecord record) => record switch
    {
        Decision d => [("title", d.Title), ("summary", d.Summary), ("facts", d.Facts), ("legal_basis", d.LegalBasis), ("target.name", d.Target.OrganisationName), ("late_reason", d.LateReason), ("withdrawal.note", d.Withdrawal?.Note), ("body", d.Body)],
        ProcessNotice n => [("title", n.Title), ("matter", n.Matter), ("place", n.Place), ("body", n.Body)],
        ServiceGuide g => [("title", g.Title), ("conditions", g.Conditions), ("process", g.Process), ("preferential_policies", g.PreferentialPolicies), ("remedies", g.Remedies), ("supervision", g.Supervision), ("liability", g.Liability), ("body", g.Body), .. g.Materials.Select((m, i) => ($"materials[{i}]", (string?)m))],
        Procedure p => [("title", p.Title), ("summary", p.Summary), ("body", p.Body)],
        Agency a => [("functions", a.Functions), ("duties", a.Duties), ("address", a.Address)],
        Officer o => [("duties", o.Duties), ("scope", o.Scope)],
        Correction c => [("summary", c.Summary), ("reason", c.Reason)],
        InspectionResult r => [("title", r.Title), ("summary", r.Summary), .. r.Items.Select((i, n) => ($"items[{n}].note", i.Note))],
        StatisticsReport s => [("notes", s.Notes)],
        _ => [],
    };
}
