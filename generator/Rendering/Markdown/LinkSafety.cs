namespace Disclosure.Generator.Rendering.Markdown;

/// <summary>
/// Which link and image addresses content may use: relative paths, fragments, http, https and mailto.
/// Anything else (javascript:, vbscript:, data: …) could run script in a visitor's browser.
/// </summary>
internal static class LinkSafety
{
    /// <summary>True when the address is safe to publish.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string([.. url.Where(c => c > ' ' && c != '\u007f')]).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        return compact[..colon] is "http" or "https" or "mailto";
    }
}
