namespace Disclosure.Generator.Records;

/// <summary>One item of a 随机抽查事项清单: subject, basis, object, content, ratio, method, frequency.</summary>
internal sealed record InspectionListItem(string Name, string? Subject, string Basis, string Object, string Content, string Ratio, string Method, string Frequency);
