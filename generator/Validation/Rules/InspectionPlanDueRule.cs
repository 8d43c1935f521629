using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第十条第一款: each agency that keeps a random-inspection list publishes the year's inspection plan in the
/// first quarter (site.yml inspection_plan_due_quarter), every year from the year its list was published.
/// </summary>
internal sealed class InspectionPlanDueRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var quarter = context.Config.Rules.InspectionPlanDueQuarter;
        foreach (var list in context.Records.InspectionLists)
        {
            var agency = context.Records.Agencies.FirstOrDefault(a => a.Id == list.Agency);
            if (agency is null || agency.Confidential)
            {
                continue;
            }

            for (var year = list.Published.Year; year <= context.Today.Year; year++)
            {
                var due = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
                if (context.Today > due && context.Config.Rules.Owes(due) && !context.Records.InspectionPlans.Any(p => p.Agency == list.Agency && p.Year == year))
                {
                    context.Report(RuleCodes.PlanMissing, RuleContext.SiteWide, agency.Name, year.ToString(CultureInfo.InvariantCulture), due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
