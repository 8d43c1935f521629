using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Dispatches a parsed file to the reader of its kind.</summary>
internal static class KindReaders
{
    /// <summary>The record, or null when it could not be built (problems already reported).</summary>
    public static DisclosureRecord? Read(RecordKind kind, FieldReader fields, string? body) => kind switch
    {
        RecordKind.Agency => AgencyReader.Read(fields),
        RecordKind.Officer => OfficerReader.Read(fields),
        RecordKind.PowerList => PowerListReader.Read(fields),
        RecordKind.InspectionList => InspectionListReader.Read(fields),
        RecordKind.Procedure => ProcedureReader.Read(fields, body),
        RecordKind.ServiceGuide => ServiceGuideReader.Read(fields, body),
        RecordKind.ProcessNotice => ProcessNoticeReader.Read(fields, body),
        RecordKind.Decision => DecisionReader.Read(fields, body),
        RecordKind.InspectionPlan => InspectionPlanReader.Read(fields),
        RecordKind.InspectionResult => InspectionResultReader.Read(fields),
        RecordKind.StatisticsReport => StatisticsReportReader.Read(fields),
        RecordKind.Correction => CorrectionReader.Read(fields),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
