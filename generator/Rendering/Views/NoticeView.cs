namespace Disclosure.Generator.Rendering.Views;

/// <summary>A process notice (事中公示).</summary>
internal sealed record NoticeView
{
    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>Kind label.</summary>
    public required string Kind { get; init; }

    /// <summary>Agency.</summary>
    public required AgencyView Agency { get; init; }

    /// <summary>Published, formatted.</summary>
    public required string Published { get; init; }

    /// <summary>Published, ISO.</summary>
    public required string PublishedIso { get; init; }

    /// <summary>Event date and time, formatted.</summary>
    public string? EventWhen { get; init; }

    /// <summary>Place.</summary>
    public string? Place { get; init; }

    /// <summary>Matter.</summary>
    public string? Matter { get; init; }

    /// <summary>公示截止, formatted.</summary>
    public string? PublicationEnd { get; init; }

    /// <summary>Attachments.</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];

    /// <summary>Rendered Markdown body.</summary>
    public string? BodyHtml { get; init; }
}
