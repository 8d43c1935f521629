using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第十一条第三款 and 行政处罚法 第四十八条: a decision revoked, partly revoked, confirmed illegal or invalid,
/// or changed is taken down within the withdrawal deadline (site.yml, default 3 working days) of the day
/// the revoking decision was received. The loader already requires the withdrawal's date and reason.
/// </summary>
internal sealed class WithdrawalDeadlineRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var days = context.Config.Rules.WithdrawalDeadline;
        foreach (var decision in context.Records.Decisions)
        {
            if (decision.Withdrawal is not { } withdrawal)
            {
                continue;
            }

            if (withdrawal.Received is not { } received)
            {
                context.Report(RuleCodes.WithdrawalUndated, decision.Source.At("withdrawal"));
                continue;
            }

            if (!context.Calendar.TryAddWorkdays(received, days, out var last, out var missing))
            {
                context.Report(RuleCodes.CalendarMissing, decision.Source.At("withdrawal.received"), missing.ToString(CultureInfo.InvariantCulture));
            }
            else if (withdrawal.Date > last)
            {
                context.Report(
                    RuleCodes.LateWithdrawal,
                    decision.Source.At("withdrawal.date"),
                    withdrawal.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    days.ToString(CultureInfo.InvariantCulture),
                    last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
