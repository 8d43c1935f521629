namespace Disclosure.Generator.Rendering.Views;

/// <summary>What every page shows of the site: title, host, footer identifiers, contact and navigation.</summary>
internal sealed record SiteView
{
    /// <summary>Site title.</summary>
    public required string Title { get; init; }

    /// <summary>主办单位.</summary>
    public required string Host { get; init; }

    /// <summary>承办单位.</summary>
    public string? Organiser { get; init; }

    /// <summary>网站标识码.</summary>
    public string? SiteCode { get; init; }

    /// <summary>ICP备案号.</summary>
    public string? Icp { get; init; }

    /// <summary>公安备案号.</summary>
    public string? PublicSecurity { get; init; }

    /// <summary>Contact phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Contact e-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Contact address.</summary>
    public string? Address { get; init; }

    /// <summary>HTML lang value.</summary>
    public required string Lang { get; init; }

    /// <summary>Absolute base URL.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The host name of the base URL (SiteDomain metadata).</summary>
    public required string Domain { get; init; }

    /// <summary>The build date, formatted.</summary>
    public required string BuildDate { get; init; }

    /// <summary>Main navigation.</summary>
    public required IReadOnlyList<NavItemView> Nav { get; init; }
}
