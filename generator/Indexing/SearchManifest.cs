using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>A <c>manifest.json</c> as read back by <see cref="SearchQuery"/>.</summary>
internal sealed class SearchManifest
{
    private SearchManifest(JsonElement root)
    {
        Documents = root.GetProperty("documents").GetInt32();
        AverageLength = root.GetProperty("averageLength").GetDouble();
        var ranking = root.GetProperty("ranking");
        K1 = ranking.GetProperty("k1").GetDouble();
        B = ranking.GetProperty("b").GetDouble();
        TitleWeight = ranking.GetProperty("titleWeight").GetDouble();
        PhraseWeight = ranking.GetProperty("phraseWeight").GetDouble();
        ExactBoost = ranking.GetProperty("exactBoost").GetDouble();
        TermFiles = Files(root.GetProperty("terms"));
        KeyFiles = Files(root.GetProperty("keys"));
        DocumentFiles = Files(root.GetProperty("docs"));
        DocumentsPerShard = root.GetProperty("documentsPerShard").GetInt32();
        var facets = root.GetProperty("facets");
        FacetValues = [.. Enum.GetValues<SearchFacet>().Select(f =>
            (IReadOnlyList<string>)[.. facets.GetProperty(SearchManifestWriter.Name(f)).EnumerateArray().Select(v => v[0].GetString() ?? "")])];
    }

    /// <summary>Number of documents.</summary>
    public int Documents { get; }

    /// <summary>Mean document length.</summary>
    public double AverageLength { get; }

    /// <summary>BM25 k1.</summary>
    public double K1 { get; }

    /// <summary>BM25 b.</summary>
    public double B { get; }

    /// <summary>Weight of a title occurrence.</summary>
    public double TitleWeight { get; }

    /// <summary>Phrase bonus multiplier.</summary>
    public double PhraseWeight { get; }

    /// <summary>Score added for an exact-key match.</summary>
    public double ExactBoost { get; }

    /// <summary>Term shard files; null for empty shards.</summary>
    public IReadOnlyList<string?> TermFiles { get; }

    /// <summary>Exact-key shard files; null for empty shards.</summary>
    public IReadOnlyList<string?> KeyFiles { get; }

    /// <summary>Document-store files.</summary>
    public IReadOnlyList<string?> DocumentFiles { get; }

    /// <summary>Documents per document-store file.</summary>
    public int DocumentsPerShard { get; }

    /// <summary>Per facet, its values in index order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FacetValues { get; }

    /// <summary>Parses manifest bytes.</summary>
    public static SearchManifest Parse(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var format = document.RootElement.GetProperty("format").GetInt32();
        if (format != SearchManifestWriter.Format)
        {
            throw new InvalidDataException($"search index format {format} is not {SearchManifestWriter.Format}");
        }

        return new SearchManifest(document.RootElement);
    }

    private static string?[] Files(JsonElement array) => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString())];
}
