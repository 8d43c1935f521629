namespace Disclosure.Generator.Records;

/// <summary>撤下: a published decision taken down after it was revoked, confirmed illegal or invalid, or changed.</summary>
internal sealed record Withdrawal(DateOnly Date, WithdrawalReason Reason, string? Note);
