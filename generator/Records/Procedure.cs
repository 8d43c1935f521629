namespace Disclosure.Generator.Records;

/// <summary>流程图, 文书样式, 裁量基准, 听证基准 or a uniform/insignia/certificate style (武汉 第七条 (四)–(六)).</summary>
internal sealed record Procedure : DisclosureRecord
{
    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Which kind of procedure document.</summary>
    public required ProcedureKind Kind { get; init; }

    /// <summary>A short description.</summary>
    public string? Summary { get; init; }

    /// <summary>Attached files.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Markdown body (benchmark tables), if any.</summary>
    public string? Body { get; init; }
}
