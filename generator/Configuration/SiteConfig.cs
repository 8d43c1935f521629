namespace Disclosure.Generator.Configuration;

/// <summary>The typed, validated content of site.yml, read once per run and passed explicitly.</summary>
internal sealed record SiteConfig
{
    /// <summary>Site title.</summary>
    public string Title { get; init; } = "行政执法公示平台";

    /// <summary>Absolute base URL, ending in '/'.</summary>
    public string BaseUrl { get; init; } = "https://example.invalid/";

    /// <summary>
    /// The base URL when it is a real public address: null when site.yml leaves it out or keeps a placeholder
    /// under the reserved <c>.invalid</c> domain. Feeds, the sitemap and absolute page addresses need it.
    /// </summary>
    public string? PublicBaseUrl =>
        new Uri(BaseUrl).Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase) ? null : BaseUrl;

    /// <summary>UI language: zh-CN (default) or en.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>Theme name under themes/.</summary>
    public string Theme { get; init; } = "default";

    /// <summary>主办单位: the hosting government.</summary>
    public string Host { get; init; } = string.Empty;

    /// <summary>承办单位: the office that runs the site, if named.</summary>
    public string? Organiser { get; init; }

    /// <summary>Footer identifiers.</summary>
    public SiteIdentifiers Identifiers { get; init; } = new();

    /// <summary>Public contact.</summary>
    public SiteContact Contact { get; init; } = new();

    /// <summary>Jurisdiction-specific rule numbers.</summary>
    public RuleSettings Rules { get; init; } = new();

    /// <summary>
    /// The day the rules are judged on, for a frozen site such as the sample; <c>--today</c> overrides it,
    /// and without either the build uses SOURCE_DATE_EPOCH or today in China Standard Time.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>Decisions per list page.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Items on the home page's latest list.</summary>
    public int LatestCount { get; init; } = 10;
}
