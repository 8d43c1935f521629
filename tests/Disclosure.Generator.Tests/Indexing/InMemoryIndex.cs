using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.Tests.Indexing;

/// <summary>An index built into memory, with the reference query over it.</summary>
internal sealed class InMemoryIndex
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public InMemoryIndex(IReadOnlyList<SearchDocument> documents, SearchIndexOptions? options = null)
    {
        Result = SearchIndexBuilder.Build(documents, (path, bytes) => _files.Add(path, bytes), options ?? SearchIndexOptions.Default);
        Query = new SearchQuery(path => _files[path]);
    }

    public SearchIndexResult Result { get; }

    public SearchQuery Query { get; }

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public SearchManifest Manifest => Query.Manifest;

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
        new(id, $"decisions/{id}/", title, kind, agency, category, year, status, body, keys ?? []);

    public IReadOnlyList<string> Ids(string query, params SearchFilter[] filters) =>
        [.. Query.Run(query, filters, pageSize: 1000).Hits.Select(h => h.Id)];

    /// <summary>Every entry of every term shard, with the shard number.</summary>
    public IEnumerable<(int Shard, DictionaryEntry Entry)> Entries() =>
        Manifest.TermFiles
            .Select((file, shard) => (file, shard))
            .Where(f => f.file is not null)
            .SelectMany(f => DictionaryShard.Read(_files[f.file!]).Select(e => (f.shard, e)));

    /// <summary>Every entry of every key shard, with the shard number.</summary>
    public IEnumerable<(int Shard, KeyShard.Entry Entry)> KeyEntries() =>
        Manifest.KeyFiles
            .Select((file, shard) => (file, shard))
            .Where(f => f.file is not null)
            .SelectMany(f => KeyShard.Read(_files[f.file!]).Select(e => (f.shard, e)));

    /// <summary>The decoded posting block of a term, found as a client would find it.</summary>
    public PostingBlock Block(string term) => PostingBlock.Read(StoredBlock(term));

    /// <summary>The posting block of a term as stored, compressed or not.</summary>
    public byte[] StoredBlock(string term)
    {
        var file = Manifest.TermFiles[SearchHash.Shard(term, Manifest.TermFiles.Count)]!;
        var location = DictionaryShard.Read(_files[file]).Single(e => e.Term == term).Location;
        return _files[Manifest.PostingFiles[location.Part]].AsSpan(location.Offset, location.Length).ToArray();
    }

    /// <summary>The id of document number <paramref name="document"/>.</summary>
    public string IdOf(int document)
    {
        var part = _files[Manifest.DocumentFiles[document / Manifest.DocsPerPart]];
        var slot = document % Manifest.DocsPerPart;
        return DocumentRecord.Read(part.AsSpan(slot * Manifest.RecordBytes, Manifest.RecordBytes)).Id;
    }
}
