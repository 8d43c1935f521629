using System.Collections.Immutable;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Model;

/// <summary>
/// Everything the site shows, and nothing it must not: withheld records are already gone, except
/// withdrawn decisions kept for their 已撤下 notice when the configuration asks for one.
/// </summary>
internal sealed record SiteModel
{
    /// <summary>The configuration.</summary>
    public required SiteConfig Config { get; init; }

    /// <summary>The build's today.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Agencies, sorted by id.</summary>
    public required IReadOnlyList<Agency> Agencies { get; init; }

    /// <summary>Listed officers and auxiliary staff (never those of confidential agencies).</summary>
    public required IReadOnlyList<Officer> Officers { get; init; }

    /// <summary>Published power lists.</summary>
    public required IReadOnlyList<PowerList> Powers { get; init; }

    /// <summary>Published random-inspection lists.</summary>
    public required IReadOnlyList<InspectionList> InspectionLists { get; init; }

    /// <summary>Published procedures.</summary>
    public required IReadOnlyList<Procedure> Procedures { get; init; }

    /// <summary>Published service guides.</summary>
    public required IReadOnlyList<ServiceGuide> Guides { get; init; }

    /// <summary>Published process notices, newest first.</summary>
    public required IReadOnlyList<ProcessNotice> Notices { get; init; }

    /// <summary>Published decisions, newest decision first.</summary>
    public required IReadOnlyList<Decision> Decisions { get; init; }

    /// <summary>Withdrawn decisions that leave a notice (empty unless site.yml asks for notices).</summary>
    public required IReadOnlyList<Decision> WithdrawalNotices { get; init; }

    /// <summary>Published inspection plans.</summary>
    public required IReadOnlyList<InspectionPlan> InspectionPlans { get; init; }

    /// <summary>Published inspection results, newest period first.</summary>
    public required IReadOnlyList<InspectionResult> InspectionResults { get; init; }

    /// <summary>Published statistics reports with their computed figures, newest first.</summary>
    public required IReadOnlyList<(StatisticsReport Report, ReportFigures Figures)> Reports { get; init; }

    /// <summary>Published corrections, newest first.</summary>
    public required IReadOnlyList<Correction> Corrections { get; init; }

    /// <summary>How many records were withheld, per reason.</summary>
    public required ImmutableSortedDictionary<PublicationState, int> Withheld { get; init; }

    /// <summary>Published decision ids, for links from corrections.</summary>
    public required ImmutableHashSet<string> PublishedDecisionIds { get; init; }

    /// <summary>Agencies by id, for look-ups (never enumerated into output).</summary>
    public required ImmutableDictionary<RecordId, Agency> AgencyIndex { get; init; }

    /// <summary>The agency with an id.</summary>
    public Agency AgencyOf(RecordId id) => AgencyIndex[id];
}
