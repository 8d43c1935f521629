namespace Disclosure.Generator.Rendering.Views;

/// <summary>One agency's 随机抽查事项清单.</summary>
internal sealed record InspectionListView(AgencyView Agency, IReadOnlyList<InspectionListItemView> Items, string Published, string PublishedIso);
