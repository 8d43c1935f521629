namespace Disclosure.Generator.Records;

/// <summary>事中公示: exam scores, lottery eligibility, tender/auction and hearing notices (武汉 第八条).</summary>
internal sealed record ProcessNotice : DisclosureRecord
{
    /// <summary>Which kind of notice.</summary>
    public required NoticeKind Kind { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Date of the exam, lottery, auction or hearing.</summary>
    public DateOnly? EventDate { get; init; }

    /// <summary>Time of day, HH:MM.</summary>
    public string? EventTime { get; init; }

    /// <summary>Place.</summary>
    public string? Place { get; init; }

    /// <summary>The matter concerned (听证事项 …).</summary>
    public string? Matter { get; init; }

    /// <summary>Attached files.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Markdown body.</summary>
    public string? Body { get; init; }
}
