namespace Disclosure.Generator.Records;

/// <summary>人员编制: authorised and actual headcount of an agency.</summary>
internal sealed record Staffing(int? Authorized, int? InPost, string? Note);
