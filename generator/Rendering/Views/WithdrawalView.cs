namespace Disclosure.Generator.Rendering.Views;

/// <summary>The 已撤下 notice left at a withdrawn decision's address: number, agency, date and reason only.</summary>
internal sealed record WithdrawalView(string DocumentNumber, AgencyView Agency, string Date, string DateIso, string Reason, string? Note, string Url);
