namespace Disclosure.Generator.Configuration;

/// <summary>How the public reaches the site's operator (public office contacts only).</summary>
internal sealed record SiteContact
{
    /// <summary>Office phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Office e-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Office address.</summary>
    public string? Address { get; init; }
}
