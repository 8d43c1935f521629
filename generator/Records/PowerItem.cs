namespace Disclosure.Generator.Records;

/// <summary>One item of a 权责清单: what the agency may do, of which type, on what legal basis.</summary>
internal sealed record PowerItem(string Code, string Name, DecisionCategory Type, string Basis, string? Body);
