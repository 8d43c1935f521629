namespace Disclosure.Generator.Records;

/// <summary>投诉、举报: received and how they ended (武汉 第九条 (五)).</summary>
internal sealed record Complaints(int Received, int Resolved, int? Substantiated, int? Pending);
