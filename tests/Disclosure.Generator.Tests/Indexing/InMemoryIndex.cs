using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.Tests.Indexing;

/// <summary>An index built into memory, with a query over it.</summary>
internal sealed class InMemoryIndex
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public InMemoryIndex(IReadOnlyList<SearchDocument> documents)
    {
        Result = SearchIndexBuilder.Build(documents, (path, bytes) => _files.Add(path, bytes));
        Query = new SearchQuery(path => _files[path]);
    }

    public SearchIndexResult Result { get; }

    public SearchQuery Query { get; }

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public static SearchDocument Doc(
        string id,
        string title,
        string body,
        string agency = "江岭市市场监督管理局",
        string category = "行政处罚",
        int? year = 2025,
        string status = "公示中",
        string kind = "决定",
        IReadOnlyList<ExactKey>? keys = null) =>
        new(id, $"/decisions/{id}/", title, kind, agency, category, year, status, body, keys ?? []);

    public IReadOnlyList<string> Ids(string query, params SearchFilter[] filters) =>
        [.. Query.Run(query, filters, limit: 1000).Hits.Select(h => h.Id)];
}
