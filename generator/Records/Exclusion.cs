namespace Disclosure.Generator.Records;

/// <summary>不予公布: the ground on which a decision is kept but never published (武汉 第十二条).</summary>
internal sealed record Exclusion(ExclusionReason Reason, string? Note);
