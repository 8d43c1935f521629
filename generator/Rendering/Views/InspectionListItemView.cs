namespace Disclosure.Generator.Rendering.Views;

/// <summary>One item of a 随机抽查事项清单.</summary>
internal sealed record InspectionListItemView(string Name, string Subject, string Basis, string Object, string Content, string Ratio, string Method, string Frequency);
