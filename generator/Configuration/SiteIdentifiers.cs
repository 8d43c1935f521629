namespace Disclosure.Generator.Configuration;

/// <summary>The identifiers a government site shows in its footer (政府网站发展指引).</summary>
internal sealed record SiteIdentifiers
{
    /// <summary>网站标识码.</summary>
    public string? SiteCode { get; init; }

    /// <summary>ICP备案号.</summary>
    public string? Icp { get; init; }

    /// <summary>公安机关备案号.</summary>
    public string? PublicSecurity { get; init; }
}
