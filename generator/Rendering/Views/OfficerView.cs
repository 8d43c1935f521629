namespace Disclosure.Generator.Rendering.Views;

/// <summary>An officer or auxiliary staff member as the directory and the officer page show them.</summary>
internal sealed record OfficerView
{
    /// <summary>Name (public in the officer role).</summary>
    public required string Name { get; init; }

    /// <summary>Page URL.</summary>
    public required string Url { get; init; }

    /// <summary>执法人员 or 辅助人员.</summary>
    public required string Role { get; init; }

    /// <summary>True for auxiliary staff.</summary>
    public bool IsAuxiliary { get; init; }

    /// <summary>性别.</summary>
    public string? Gender { get; init; }

    /// <summary>Age this year.</summary>
    public string? Age { get; init; }

    /// <summary>Agency name.</summary>
    public required string AgencyName { get; init; }

    /// <summary>Agency URL.</summary>
    public required string AgencyUrl { get; init; }

    /// <summary>单位.</summary>
    public string? Unit { get; init; }

    /// <summary>职务.</summary>
    public string? Post { get; init; }

    /// <summary>执法类别.</summary>
    public string? Category { get; init; }

    /// <summary>执法区域.</summary>
    public string? Region { get; init; }

    /// <summary>执法证件号码.</summary>
    public string? CertificateNumber { get; init; }

    /// <summary>Valid from, formatted.</summary>
    public string? ValidFrom { get; init; }

    /// <summary>Valid until, formatted.</summary>
    public string? ValidUntil { get; init; }

    /// <summary>Valid until, ISO.</summary>
    public string? ValidUntilIso { get; init; }

    /// <summary>True when the certificate is valid today (持证上岗).</summary>
    public bool Active { get; init; }

    /// <summary>工作职责 (auxiliary).</summary>
    public string? Duties { get; init; }

    /// <summary>辅助权限 (auxiliary).</summary>
    public string? Scope { get; init; }
}
