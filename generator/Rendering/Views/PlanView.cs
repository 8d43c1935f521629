namespace Disclosure.Generator.Rendering.Views;

/// <summary>An annual inspection plan.</summary>
internal sealed record PlanView(string Title, string Url, string Year, AgencyView Agency, IReadOnlyList<PlanItemView> Items, string Published, string PublishedIso);
