using System.Collections.Immutable;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Configuration;

/// <summary>
/// Every number that differs between jurisdictions. Defaults follow 武汉市行政执法公示办法; the README shows
/// the 盘山 values. Code never tests a jurisdiction's name, only these values.
/// </summary>
internal sealed record RuleSettings
{
    /// <summary>Working days after the decision for 行政许可 results (武汉 第十一条).</summary>
    public int LicenseDeadline { get; init; } = 7;

    /// <summary>Working days after the decision for 行政处罚 results (武汉 第十一条).</summary>
    public int PenaltyDeadline { get; init; } = 7;

    /// <summary>Working days after the decision for every other result (武汉 第十一条).</summary>
    public int OtherDeadline { get; init; } = 20;

    /// <summary>Month and day by which last year's statistics report is due (武汉 第九条: 01-31; 盘山: 01-10).</summary>
    public (int Month, int Day) AnnualReportDue { get; init; } = (1, 31);

    /// <summary>Quarter by whose end the year's inspection plan is due (武汉 第十条: the first).</summary>
    public int InspectionPlanDueQuarter { get; init; } = 1;

    /// <summary>How often inspection results are published.</summary>
    public InspectionFrequency InspectionResultFrequency { get; init; } = InspectionFrequency.Quarterly;

    /// <summary>Working days to take down a revoked decision (行政处罚法 第四十八条: 3).</summary>
    public int WithdrawalDeadline { get; init; } = 3;

    /// <summary>Default publication period in months per decision category; absent means no end.</summary>
    public ImmutableSortedDictionary<DecisionCategory, int> PublicationMonths { get; init; } =
        ImmutableSortedDictionary<DecisionCategory, int>.Empty.Add(DecisionCategory.Penalty, 36);

    /// <summary>Whether a withdrawn decision leaves a short public notice (已撤下) in place of its page.</summary>
    public bool WithdrawnNotice { get; init; } = true;

    /// <summary>
    /// Periodic duties (annual report, inspection plans and results) are owed only when due on or after this
    /// day: a jurisdiction that adopts the tool is not blamed for years before it did. Null: always.
    /// </summary>
    public DateOnly? DutiesFrom { get; init; }

    /// <summary>True when a periodic duty due on <paramref name="due"/> is owed.</summary>
    public bool Owes(DateOnly due) => DutiesFrom is not { } from || due >= from;

    /// <summary>The result deadline in working days for a category.</summary>
    public int DeadlineFor(DecisionCategory category) => category switch
    {
        DecisionCategory.License => LicenseDeadline,
        DecisionCategory.Penalty => PenaltyDeadline,
        _ => OtherDeadline,
    };
}
