namespace Disclosure.Generator.Records;

/// <summary>The result of inspecting one organisation.</summary>
internal sealed record InspectionResultItem(string Object, DateOnly Date, InspectionOutcome Outcome, string? Note);
