namespace Disclosure.Generator.Model;

/// <summary>Whether a record is on the public site today, and if not, why not.</summary>
internal enum PublicationState
{
    /// <summary>On the site.</summary>
    Published,

    /// <summary>Its publication date is still ahead.</summary>
    Scheduled,

    /// <summary>Its publication period has ended.</summary>
    Expired,

    /// <summary>Taken down after revocation or change (武汉 第十一条第三款); at most a notice remains.</summary>
    Withdrawn,

    /// <summary>Never published (武汉 第十二条); nothing of it appears anywhere.</summary>
    Excluded,

    /// <summary>An officer of a confidential agency (武汉 第七条 (三)); never listed.</summary>
    Confidential,
}
