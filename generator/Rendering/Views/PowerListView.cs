namespace Disclosure.Generator.Rendering.Views;

/// <summary>One agency's 权责清单.</summary>
internal sealed record PowerListView(AgencyView Agency, string Url, IReadOnlyList<PowerItemView> Items, string Published, string PublishedIso);
