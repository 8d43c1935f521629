using System.Collections.Immutable;

namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>
/// The theme's files: the default theme shipped inside the tool, overlaid file by file by the site's own
/// themes/&lt;name&gt;/ folder. Text files (templates, strings) are held in memory; assets are copied.
/// </summary>
internal sealed record Theme(
    ImmutableSortedDictionary<string, string> Templates,
    ImmutableSortedDictionary<string, string> ZhStrings,
    ImmutableSortedDictionary<string, string> EnStrings,
    ImmutableSortedDictionary<string, ThemeAsset> Assets);
