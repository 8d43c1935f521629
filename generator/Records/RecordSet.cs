namespace Disclosure.Generator.Records;

/// <summary>Every record read from content/, per kind, each list sorted by id.</summary>
internal sealed record RecordSet
{
    /// <summary>执法主体.</summary>
    public IReadOnlyList<Agency> Agencies { get; init; } = [];

    /// <summary>执法人员 and 辅助人员.</summary>
    public IReadOnlyList<Officer> Officers { get; init; } = [];

    /// <summary>执法事项清单.</summary>
    public IReadOnlyList<PowerList> Powers { get; init; } = [];

    /// <summary>随机抽查事项清单.</summary>
    public IReadOnlyList<InspectionList> InspectionLists { get; init; } = [];

    /// <summary>流程图, 文书样式, 基准, 样式.</summary>
    public IReadOnlyList<Procedure> Procedures { get; init; } = [];

    /// <summary>服务指南.</summary>
    public IReadOnlyList<ServiceGuide> Guides { get; init; } = [];

    /// <summary>事中公示.</summary>
    public IReadOnlyList<ProcessNotice> Notices { get; init; } = [];

    /// <summary>执法决定.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>年度检查计划.</summary>
    public IReadOnlyList<InspectionPlan> InspectionPlans { get; init; } = [];

    /// <summary>检查结果.</summary>
    public IReadOnlyList<InspectionResult> InspectionResults { get; init; } = [];

    /// <summary>统计年报.</summary>
    public IReadOnlyList<StatisticsReport> Reports { get; init; } = [];

    /// <summary>更正.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>Every record of every kind.</summary>
    public IEnumerable<DisclosureRecord> All() =>
        Agencies.Concat<DisclosureRecord>(Officers).Concat(Powers).Concat(InspectionLists).Concat(Procedures).Concat(Guides)
            .Concat(Notices).Concat(Decisions).Concat(InspectionPlans).Concat(InspectionResults).Concat(Reports).Concat(Corrections);
}
