namespace Disclosure.Generator.Records;

/// <summary>执法人员 or 辅助人员: the public identity facts of 武汉 第七条 (三) and its auxiliary-staff paragraph.</summary>
internal sealed record Officer : DisclosureRecord
{
    /// <summary>Officer or auxiliary staff.</summary>
    public required OfficerRole Role { get; init; }

    /// <summary>The officer's name; public in the officer role.</summary>
    public required string Name { get; init; }

    /// <summary>性别.</summary>
    public Gender? Gender { get; init; }

    /// <summary>出生年份, from which the age is shown.</summary>
    public int? BirthYear { get; init; }

    /// <summary>所在单位或科室.</summary>
    public string? Unit { get; init; }

    /// <summary>职务.</summary>
    public string? Post { get; init; }

    /// <summary>执法类别.</summary>
    public string? Category { get; init; }

    /// <summary>执法区域.</summary>
    public string? Region { get; init; }

    /// <summary>The certificate (officers only).</summary>
    public Certificate? Certificate { get; init; }

    /// <summary>工作职责 (auxiliary staff).</summary>
    public string? Duties { get; init; }

    /// <summary>辅助权限 (auxiliary staff).</summary>
    public string? Scope { get; init; }
}
