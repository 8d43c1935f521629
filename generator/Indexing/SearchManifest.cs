using System.Text.Encodings.Web;
using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// <c>manifest.json</c>, the one file with a fixed name, which the client loads first: the format version, the
/// corpus statistics and ranking constants, the facet values, and the path of every other file (INDEX-FORMAT.md).
/// </summary>
/// <param name="Documents">Number of documents.</param>
/// <param name="AverageLength">Mean document length in terms.</param>
/// <param name="Ranking">Ranking constants.</param>
/// <param name="FacetValues">Per facet (indexed by <see cref="SearchFacet"/>), its values in ordinal order.</param>
/// <param name="FacetFile">The facet runs.</param>
/// <param name="TermShards">The term shards.</param>
/// <param name="KeyShards">The key shards.</param>
/// <param name="PostingFiles">Postings part per part number.</param>
/// <param name="DocsPerPart">Documents per document part.</param>
/// <param name="DocumentFiles">Document part per part number.</param>
/// <param name="RecordBytes">Bytes of a record's slot in a document part.</param>
internal sealed record SearchManifest(
    int Documents,
    double AverageLength,
    RankingParameters Ranking,
    IReadOnlyList<IReadOnlyList<string>> FacetValues,
    string FacetFile,
    ShardSet TermShards,
    ShardSet KeyShards,
    IReadOnlyList<string> PostingFiles,
    int DocsPerPart,
    IReadOnlyList<string> DocumentFiles,
    int RecordBytes)
{
    /// <summary>The index format this code writes and reads; the client refuses any other.</summary>
    public const int Version = 3;

    /// <summary>Every term shard's path, in shard order.</summary>
    public IReadOnlyList<string> TermFiles => TermShards.Paths;

    /// <summary>Every key shard's path, in shard order.</summary>
    public IReadOnlyList<string> KeyFiles => KeyShards.Paths;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON name of a facet.</summary>
    public static string Name(SearchFacet facet) => facet switch
    {
        SearchFacet.Kind => "kind",
        SearchFacet.Agency => "agency",
        SearchFacet.Category => "category",
        SearchFacet.Year => "year",
        SearchFacet.Status => "status",
        _ => throw new ArgumentOutOfRangeException(nameof(facet)),
    };

    /// <summary>The manifest's UTF-8 JSON, properties in the documented order.</summary>
    public byte[] Write()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteNumber("documents", Documents);
            json.WriteNumber("averageLength", AverageLength);
            json.WriteStartObject("ranking");
            json.WriteNumber("k1", Ranking.K1);
            json.WriteNumber("b", Ranking.B);
            json.WriteNumber("titleWeight", Ranking.TitleWeight);
            json.WriteNumber("phraseWeight", Ranking.PhraseWeight);
            json.WriteNumber("exactBoost", Ranking.ExactBoost);
            json.WriteNumber("titleGap", Ranking.TitleGap);
            json.WriteNumber("maxChampions", Ranking.MaxChampions);
            json.WriteNumber("maxPositions", Ranking.MaxPositions);
            json.WriteEndObject();
            Strings(json, "facets", [.. Enum.GetValues<SearchFacet>().Select(Name)]);
            json.WriteStartArray("facetValues");
            foreach (var values in FacetValues)
            {
                Strings(json, null, values);
            }

            json.WriteEndArray();
            json.WriteString("facetFile", FacetFile);
            Shards(json, "terms", TermShards);
            Shards(json, "keys", KeyShards);
            Strings(json, "postings", PostingFiles);
            json.WriteNumber("docsPerPart", DocsPerPart);
            Strings(json, "docs", DocumentFiles);
            json.WriteNumber("recordBytes", RecordBytes);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads manifest bytes; a manifest of another version is refused.</summary>
    public static SearchManifest Parse(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var version = root.GetProperty("version").GetInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"search index version {version} is not {Version}");
        }

        var ranking = root.GetProperty("ranking");
        return new SearchManifest(
            root.GetProperty("documents").GetInt32(),
            root.GetProperty("averageLength").GetDouble(),
            new RankingParameters(
                ranking.GetProperty("k1").GetDouble(),
                ranking.GetProperty("b").GetDouble(),
                ranking.GetProperty("titleWeight").GetDouble(),
                ranking.GetProperty("phraseWeight").GetDouble(),
                ranking.GetProperty("exactBoost").GetDouble(),
                ranking.GetProperty("titleGap").GetInt32(),
                ranking.GetProperty("maxChampions").GetInt32(),
                ranking.GetProperty("maxPositions").GetInt32()),
            [.. root.GetProperty("facetValues").EnumerateArray().Select(v => (IReadOnlyList<string>)[.. Strings(v).Select(s => s ?? "")])],
            root.GetProperty("facetFile").GetString() ?? "",
            Shards(root.GetProperty("terms"), ShardSet.Terms),
            Shards(root.GetProperty("keys"), ShardSet.Keys),
            [.. Strings(root.GetProperty("postings")).Select(p => p ?? "")],
            root.GetProperty("docsPerPart").GetInt32(),
            [.. Strings(root.GetProperty("docs")).Select(p => p ?? "")],
            root.GetProperty("recordBytes").GetInt32());
    }

    private static void Strings(Utf8JsonWriter json, string? name, IReadOnlyList<string?> values)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStringValue(value);
            }
        }

        json.WriteEndArray();
    }

    private static void Shards(Utf8JsonWriter json, string name, ShardSet shards)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", shards.Count);
        json.WriteString("hash", shards.Hash);
        json.WriteEndObject();
    }

    private static ShardSet Shards(JsonElement shards, string folder) =>
        new(folder, shards.GetProperty("count").GetInt32(), shards.GetProperty("hash").GetString() ?? "");

    private static string?[] Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString())];
}
