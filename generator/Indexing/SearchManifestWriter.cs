using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Writes <c>manifest.json</c>, the one file the client loads first: the format, the tokeniser and hash
/// definitions, the BM25 and ranking constants, the document count and mean length, every shard's file
/// name (null for an empty shard) and the facet values with their counts over the whole index.
/// </summary>
internal static class SearchManifestWriter
{
    /// <summary>Version of the index layout; the client refuses other versions.</summary>
    public const int Format = 1;

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

    /// <summary>The manifest bytes.</summary>
    public static byte[] Write(SearchManifestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return SearchJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("tokenizer", "nfkc-lower; han: unigrams and bigrams; words: [\\p{L}\\p{Nd}]+ cut at 32, split at ASCII digits");
            json.WriteStartObject("hash");
            json.WriteString("function", "fnv1a-32 over utf-8 bytes, shard = hash mod shards");
            json.WriteNumber("offsetBasis", SearchHash.OffsetBasis);
            json.WriteNumber("prime", SearchHash.Prime);
            json.WriteEndObject();
            json.WriteNumber("documents", content.Documents);
            json.WriteNumber("averageLength", content.AverageLength);
            json.WriteStartObject("ranking");
            json.WriteNumber("k1", SearchRanking.K1);
            json.WriteNumber("b", SearchRanking.B);
            json.WriteNumber("titleWeight", SearchRanking.TitleWeight);
            json.WriteNumber("phraseWeight", SearchRanking.PhraseWeight);
            json.WriteNumber("exactBoost", SearchRanking.ExactBoost);
            json.WriteNumber("maxPositions", SearchRanking.MaxPositions);
            json.WriteNumber("titleGap", SearchRanking.TitleGap);
            json.WriteEndObject();
            json.WriteString("postings", "docDelta,length,bodyCount,titleCount,k,positionDeltas×k");
            Files(json, "terms", content.TermFiles);
            Files(json, "keys", content.KeyFiles);
            json.WriteNumber("documentsPerShard", content.Plan.DocumentsPerShard);
            json.WriteString("documentFields", "id,url,title,[kind,agency,category,year,status as facet value indexes, -1 for none],snippet");
            Files(json, "docs", content.DocumentFiles);
            json.WriteStartObject("facets");
            foreach (var facet in Enum.GetValues<SearchFacet>())
            {
                json.WriteStartArray(Name(facet));
                foreach (var value in content.Facets.Values[(int)facet])
                {
                    json.WriteStartArray();
                    json.WriteStringValue(value.Value);
                    json.WriteNumberValue(value.Count);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void Files(Utf8JsonWriter json, string name, IReadOnlyList<string?> files)
    {
        json.WriteStartArray(name);
        foreach (var file in files)
        {
            if (file is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStringValue(file);
            }
        }

        json.WriteEndArray();
    }
}
