namespace Disclosure.Generator.Loading;

/// <summary>The site folder: site.yml, content/ and an optional themes/ folder.</summary>
internal sealed record ContentRoot(string SiteRoot)
{
    /// <summary>content/.</summary>
    public string ContentPath => Path.Combine(SiteRoot, "content");

    /// <summary>content/attachments/.</summary>
    public string AttachmentsPath => Path.Combine(ContentPath, RecordFolders.Attachments);

    /// <summary>site.yml.</summary>
    public string ConfigPath => Path.Combine(SiteRoot, "site.yml");

    /// <summary>A path relative to the site root with '/' separators, as diagnostics show it.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(SiteRoot, fullPath).Replace('\\', '/');
}
