namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>A static theme file: bytes from the embedded default theme, or a file in the site's override folder.</summary>
internal sealed record ThemeAsset(byte[]? Embedded, string? FilePath);
