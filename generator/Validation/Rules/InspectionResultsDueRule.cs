using System.Globalization;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第十条第三款: inspection results are published monthly or quarterly (site.yml inspection_result_frequency).
/// For each year an agency has a plan, every period that ended more than the “other results” deadline
/// (20 working days by default) before today must have results, even a nil return.
/// </summary>
internal sealed class InspectionResultsDueRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var monthly = context.Config.Rules.InspectionResultFrequency == InspectionFrequency.Monthly;
        var grace = context.Config.Rules.OtherDeadline;
        foreach (var plan in context.Records.InspectionPlans)
        {
            var agency = context.Records.Agencies.FirstOrDefault(a => a.Id == plan.Agency);
            var results = context.Records.InspectionResults.Where(r => r.Agency == plan.Agency && r.Period.Year == plan.Year).ToList();
            foreach (var period in Periods(plan.Year, monthly))
            {
                if (!context.Calendar.TryAddWorkdays(period.End, grace, out var due, out var missing))
                {
                    if (period.End < context.Today)
                    {
                        context.Report(RuleCodes.CalendarMissing, RuleContext.SiteWide, missing.ToString(CultureInfo.InvariantCulture));
                    }

                    continue;
                }

                if (context.Today > due && context.Config.Rules.Owes(due) && !Covered(period, results))
                {
                    context.Report(RuleCodes.ResultsMissing, RuleContext.SiteWide, agency?.Name ?? plan.Agency.Value, period.ToString(), due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static IEnumerable<ReportingPeriod> Periods(int year, bool monthly) => monthly
        ? Enumerable.Range(1, 12).Select(m => new ReportingPeriod(year, m, null))
        : Enumerable.Range(1, 4).Select(q => new ReportingPeriod(year, null, q));

    private static bool Covered(ReportingPeriod period, List<InspectionResult> results) => period.Quarter is { } q
        ? results.Any(r => r.Period.Quarter == q) || Enumerable.Range((q * 3) - 2, 3).All(m => results.Any(r => r.Period.Month == m))
        : results.Any(r => r.Period.Month == period.Month);
}
