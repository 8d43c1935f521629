using System.Collections.Immutable;
using Disclosure.Generator.Rendering.Liquid;

namespace Disclosure.Generator.Rendering;

/// <summary>The theme's UI strings in the site's language, falling back to Chinese, then to the key itself.</summary>
internal sealed class SiteStrings
{
    private readonly ImmutableSortedDictionary<string, string> _primary;
    private readonly ImmutableSortedDictionary<string, string> _fallback;

    /// <summary>Selects the strings for a language.</summary>
    public SiteStrings(Theme theme, string language)
    {
        _primary = language == "en" ? theme.EnStrings : theme.ZhStrings;
        _fallback = theme.ZhStrings;
    }

    /// <summary>The string for a key.</summary>
    public string Get(string key) => _primary.TryGetValue(key, out var s) ? s : _fallback.TryGetValue(key, out var z) ? z : key;

    /// <summary>All strings, for templates (<c>t.key</c>), keys with '.' readable as <c>t["nav.home"]</c>.</summary>
    public IReadOnlyDictionary<string, object?> ForTemplates()
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in _fallback)
        {
            all[key] = value;
        }

        foreach (var (key, value) in _primary)
        {
            all[key] = value;
        }

        return all;
    }
}
