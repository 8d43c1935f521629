namespace Disclosure.Generator.Indexing;

/// <summary>The fields results can be filtered and counted by, in the order the index stores them.</summary>
internal enum SearchFacet
{
    /// <summary>Record kind.</summary>
    Kind,

    /// <summary>Agency.</summary>
    Agency,

    /// <summary>Category.</summary>
    Category,

    /// <summary>Year.</summary>
    Year,

    /// <summary>Status.</summary>
    Status,
}
