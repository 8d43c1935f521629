namespace Disclosure.Generator.Records;

/// <summary>服务指南: what a citizen needs to apply for a service (盘山 2(3); 武汉 第七条 (七)).</summary>
internal sealed record ServiceGuide : DisclosureRecord
{
    /// <summary>事项名称.</summary>
    public required string Title { get; init; }

    /// <summary>Code of the matching power item, if any.</summary>
    public string? Power { get; init; }

    /// <summary>设定依据.</summary>
    public required string Basis { get; init; }

    /// <summary>受理机构.</summary>
    public string? AcceptingBody { get; init; }

    /// <summary>审批机构.</summary>
    public string? ApprovingBody { get; init; }

    /// <summary>办理条件.</summary>
    public string? Conditions { get; init; }

    /// <summary>优惠政策.</summary>
    public string? PreferentialPolicies { get; init; }

    /// <summary>申请材料.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>办理流程.</summary>
    public string? Process { get; init; }

    /// <summary>法定时限.</summary>
    public string? LegalTimeLimit { get; init; }

    /// <summary>承诺时限.</summary>
    public string? PromisedTimeLimit { get; init; }

    /// <summary>收费标准.</summary>
    public string? Fees { get; init; }

    /// <summary>收费依据.</summary>
    public string? FeeBasis { get; init; }

    /// <summary>监督方式.</summary>
    public string? Supervision { get; init; }

    /// <summary>责任追究.</summary>
    public string? Liability { get; init; }

    /// <summary>救济渠道.</summary>
    public string? Remedies { get; init; }

    /// <summary>办公时间.</summary>
    public string? OfficeHours { get; init; }

    /// <summary>地址.</summary>
    public string? Address { get; init; }

    /// <summary>电话.</summary>
    public string? Phone { get; init; }

    /// <summary>Attached forms.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Markdown body with further details.</summary>
    public string? Body { get; init; }
}
