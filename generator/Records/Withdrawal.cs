namespace Disclosure.Generator.Records;

/// <summary>
/// 撤下: a published decision taken down after it was revoked, confirmed illegal or invalid, or changed.
/// <paramref name="Received"/> is the day the agency received the revoking decision (武汉 第十一条第三款:
/// the withdrawal period runs from then); <paramref name="Date"/> is the day it was taken down.
/// </summary>
internal sealed record Withdrawal(DateOnly Date, DateOnly? Received, WithdrawalReason Reason, string? Note);
