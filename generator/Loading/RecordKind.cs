namespace Disclosure.Generator.Loading;

/// <summary>The record kinds, one per top-level folder of content/.</summary>
internal enum RecordKind
{
    Agency,
    Officer,
    PowerList,
    InspectionList,
    Procedure,
    ServiceGuide,
    ProcessNotice,
    Decision,
    InspectionPlan,
    InspectionResult,
    StatisticsReport,
    Correction,
}
