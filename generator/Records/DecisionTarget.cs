namespace Disclosure.Generator.Records;

/// <summary>执法对象: an organisation (name and credit code) or an individual (name masked).</summary>
internal sealed record DecisionTarget(TargetType Type, string? OrganisationName, PersonalText? PersonName, CreditCode? CreditCode)
{
    /// <summary>The name as it may be published: organisations in full, individuals masked.</summary>
    public string PublicName => Type == TargetType.NaturalPerson ? PersonName?.Masked ?? string.Empty : OrganisationName ?? string.Empty;
}
