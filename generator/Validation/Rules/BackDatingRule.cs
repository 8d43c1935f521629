using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第四条 (publish within the legal time limit): a record new in a pull request is published on the day it
/// is merged; claiming an earlier <c>published</c> date would hide a late publication, so it is refused.
/// </summary>
internal sealed class BackDatingRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        foreach (var record in context.Records.All())
        {
            if (record.PublishedClaimed is { } claimed && claimed < record.Published)
            {
                context.Report(
                    RuleCodes.BackDated,
                    record.Source.At("published"),
                    claimed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    record.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
