namespace Disclosure.Generator.Records;

/// <summary>One line of an annual inspection plan: subject, method, base count, ratio (percent), frequency.</summary>
internal sealed record InspectionPlanItem(string Subject, string Method, int BaseCount, decimal Ratio, string Frequency);
