namespace Disclosure.Generator.Loading;

/// <summary>
/// Decides a file's default publication date: the day Git first added it, or today when it is not yet
/// committed; in pull-request mode, a file new since the base is published today (on merge).
/// </summary>
internal sealed class PublicationDates(DateOnly today, IReadOnlyDictionary<string, DateOnly> firstAdded, IReadOnlyDictionary<string, bool>? changed)
{
    /// <summary>No Git history: every record without <c>published</c> is published today.</summary>
    public static PublicationDates None(DateOnly today) => new(today, new Dictionary<string, DateOnly>(), null);

    /// <summary>Files changed since the base ref (null outside pull-request mode), each with whether it is new.</summary>
    public IReadOnlyDictionary<string, bool>? Changed => changed;

    /// <summary>The default publication date and newness of a site-relative file.</summary>
    public (DateOnly Published, bool IsNew) For(string relativePath)
    {
        var isNew = changed is not null && changed.TryGetValue(relativePath, out var added) && added;
        return isNew ? (today, true) : (firstAdded.TryGetValue(relativePath, out var day) ? day : today, false);
    }
}
