namespace Disclosure.Generator.Rendering.Views;

/// <summary>A service guide with every field of 盘山 2(3) and 武汉 第七条 (七).</summary>
internal sealed record GuideView
{
    /// <summary>事项名称.</summary>
    public required string Title { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>Agency.</summary>
    public required AgencyView Agency { get; init; }

    /// <summary>The label/value rows, in the order of the regulation, empty ones left out.</summary>
    public required IReadOnlyList<FactView> Facts { get; init; }

    /// <summary>申请材料.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>Attachments.</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];

    /// <summary>Rendered Markdown body.</summary>
    public string? BodyHtml { get; init; }
}
