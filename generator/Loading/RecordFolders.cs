namespace Disclosure.Generator.Loading;

/// <summary>Which folder of content/ holds which kind, and whether the kind may be Markdown.</summary>
internal static class RecordFolders
{
    /// <summary>Folder name, kind and whether Markdown (free text) is allowed, in content-model order.</summary>
    public static readonly IReadOnlyList<(string Folder, RecordKind Kind, bool Markdown)> All =
    [
        ("agencies", RecordKind.Agency, false),
        ("officers", RecordKind.Officer, false),
        ("powers", RecordKind.PowerList, false),
        ("inspection-lists", RecordKind.InspectionList, false),
        ("procedures", RecordKind.Procedure, true),
        ("guides", RecordKind.ServiceGuide, true),
        ("notices", RecordKind.ProcessNotice, true),
        ("decisions", RecordKind.Decision, true),
        ("inspection-plans", RecordKind.InspectionPlan, false),
        ("inspection-results", RecordKind.InspectionResult, false),
        ("reports", RecordKind.StatisticsReport, false),
        ("corrections", RecordKind.Correction, false),
    ];

    /// <summary>The folder that holds attachments rather than records.</summary>
    public const string Attachments = "attachments";

    /// <summary>The folder that holds a local calendar overlay (a regional holiday) rather than records.</summary>
    public const string Calendar = "calendar";

    /// <summary>The folder names, for diagnostics.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Folder));
}
