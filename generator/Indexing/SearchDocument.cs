namespace Disclosure.Generator.Indexing;

/// <summary>
/// One published page or record as the search index sees it. The caller gives only what may be found:
/// withheld records (excluded, withdrawn, past their publication period) must never be passed to
/// <see cref="SearchIndexBuilder"/>, which indexes everything it receives.
/// </summary>
/// <param name="Id">Stable, unique identifier; documents sharing all facet values are numbered in ordinal order of it.</param>
/// <param name="Url">Site-relative address of the page, without a leading slash (<c>decisions/2025/03/x/</c>).</param>
/// <param name="Title">Title, indexed with a higher weight than the body.</param>
/// <param name="Kind">Record kind label (决定, 执法人员, 执法主体…), a facet.</param>
/// <param name="Agency">Agency name, a facet.</param>
/// <param name="Category">Category label (行政处罚, 行政许可…), a facet; empty when none.</param>
/// <param name="Year">Year of the decision or record, a facet; null when none.</param>
/// <param name="Status">Status label (公示中, 已更正…), a facet; empty when none.</param>
/// <param name="Body">Plain visible text of the page.</param>
/// <param name="Keys">Exact look-up values such as the document number or credit code.</param>
internal sealed record SearchDocument(
    string Id,
    string Url,
    string Title,
    string Kind,
    string Agency,
    string Category,
    int? Year,
    string Status,
    string Body,
    IReadOnlyList<ExactKey> Keys);
