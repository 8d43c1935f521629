namespace Disclosure.Generator.Rendering.Views;

/// <summary>A procedure document (flow chart, template, benchmark, style).</summary>
internal sealed record ProcedureView
{
    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>Kind label.</summary>
    public required string Kind { get; init; }

    /// <summary>Agency.</summary>
    public required AgencyView Agency { get; init; }

    /// <summary>Summary.</summary>
    public string? Summary { get; init; }

    /// <summary>Attachments.</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];

    /// <summary>Rendered Markdown body.</summary>
    public string? BodyHtml { get; init; }
}
