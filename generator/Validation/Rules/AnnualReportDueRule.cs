using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第九条 (by 31 January) / 盘山 4(5) (by 10 January): last year's statistics report is published by its
/// due date (site.yml annual_report_due). Every year since the first decision on the site is owed one.
/// </summary>
internal sealed class AnnualReportDueRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        if (context.Records.Decisions.Count == 0)
        {
            return;
        }

        var first = context.Records.Decisions.Min(d => d.DecisionDate.Year);
        var (month, day) = context.Config.Rules.AnnualReportDue;
        for (var year = first; year < context.Today.Year; year++)
        {
            var due = new DateOnly(year + 1, month, day);
            if (context.Today > due && context.Config.Rules.Owes(due) && !context.Records.Reports.Any(r => r.Year == year && r.Published <= context.Today))
            {
                context.Report(RuleCodes.ReportMissing, RuleContext.SiteWide, year.ToString(CultureInfo.InvariantCulture), due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
