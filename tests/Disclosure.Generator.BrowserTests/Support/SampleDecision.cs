namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>A decision as its record file states it, read by <see cref="SampleContent"/>.</summary>
internal sealed record SampleDecision(
    string Id,
    string Agency,
    string Category,
    DateOnly DecisionDate,
    DateOnly Published,
    DateOnly? PublicationEnd,
    string DocumentNumber,
    string Title,
    string TargetName,
    string TargetType,
    string? CreditCode,
    bool Withheld,
    IReadOnlyList<string> IndexedText)
{
    /// <summary>Whether the site shows it on <paramref name="today"/>: not withdrawn or excluded, published, not expired.</summary>
    public bool IsPublished(DateOnly today) => !Withheld && Published <= today && (PublicationEnd is not { } end || end > today);

    /// <summary>A natural person's name is never an organisation key.</summary>
    public bool IsOrganisation => TargetType != "自然人";
}
