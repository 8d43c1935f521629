using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第十一条第一款 (盘山 4; 国办发〔2018〕118号): 行政许可 and 行政处罚 results within 7 working days of the
/// decision, other results within 20 (site.yml numbers). The decision day is not counted. Late without a
/// late reason or legal exception is an error; late with one is published and counted late.
/// </summary>
internal sealed class ResultDeadlineRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        foreach (var decision in context.Records.Decisions.Where(d => d.Exclusion is null))
        {
            var days = context.Config.Rules.DeadlineFor(decision.Category);
            if (!context.Calendar.TryAddWorkdays(decision.DecisionDate, days, out var last, out var missing))
            {
                context.Report(RuleCodes.CalendarMissing, decision.Source.At("decision_date"), missing.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            if (decision.Published <= last)
            {
                continue;
            }

            if (!context.Calendar.TryCountWorkdays(last, decision.Published, out var late, out missing))
            {
                context.Report(RuleCodes.CalendarMissing, decision.Source.At("published"), missing.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            var at = decision.Source.At(decision.PublishedClaimed is null ? "decision_date" : "published");
            if (decision.LateReason is not null || decision.LegalException is not null)
            {
                context.Report(RuleCodes.LateWithReason, at, Math.Max(1, late).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                context.Report(
                    RuleCodes.LatePublication,
                    at,
                    Label(decision.Category, context.Config.Language),
                    days.ToString(CultureInfo.InvariantCulture),
                    Math.Max(1, late).ToString(CultureInfo.InvariantCulture),
                    last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Label(DecisionCategory category, string language) =>
        language == "en" ? ClosedSets.Categories.English(category) : ClosedSets.Categories.Chinese(category);
}
