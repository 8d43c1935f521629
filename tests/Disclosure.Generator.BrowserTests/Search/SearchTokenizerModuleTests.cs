using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Generator.BrowserTests.Support;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// The browser's tokeniser module against the vectors the C# tokeniser is tested with
/// (tests/Disclosure.Generator.Tests/TestData/Search/tokenizer-vectors.json), run in Chromium.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchTokenizerModuleTests(SampleSite site)
{
    // The module and the names of its exports, in one place. Each term function returns, in position order,
    // either { text, position } objects or [text, position] pairs; each key function returns a string or null.
    private const string Module = "assets/search/tokenizer.js";
    private const string KeysModule = "assets/search/tokenizer.js";
    private const string DocumentTermsFunction = "tokenize";
    private const string QueryTermsFunction = "queryTerms";
    private static readonly Dictionary<string, string> KeyFunctions = new(StringComparer.Ordinal)
    {
        ["documentNumber"] = "documentNumber",
        ["creditCode"] = "creditCode",
        ["certificateNumber"] = "certificateNumber",
        ["organisationName"] = "organisationName",
    };

    // Readable Chinese in failure messages.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string RunVectors = """
        async ([module, names, inputs]) => {
          const m = await import(module);
          const missing = Object.values(names).filter(n => typeof m[n] !== 'function');
          if (missing.length > 0) { throw new Error(module + ' does not export ' + missing.join(', ')); }
          const terms = list => list.map(t => Array.isArray(t) ? { text: t[0], position: t[1] } : { text: t.text, position: t.position });
          return inputs.map(input => {
            const doc = terms(m[names.document](input));
            const query = terms(m[names.query](input));
            return {
              terms: doc.map(t => t.text), positions: doc.map(t => t.position),
              query: query.map(t => t.text), queryPositions: query.map(t => t.position),
            };
          });
        }
        """;

    private const string RunKeys = """
        async ([module, names, inputs]) => {
          const m = await import(module);
          const missing = Object.values(names).filter(n => typeof m[n] !== 'function');
          if (missing.length > 0) { throw new Error(module + ' does not export ' + missing.join(', ')); }
          return inputs.map(input => Object.fromEntries(Object.entries(names).map(([field, name]) => [field, m[name](input) ?? null])));
        }
        """;

    [Fact]
    public async Task Module_splits_every_vector_into_the_same_document_and_query_terms_as_the_shared_file()
    {
        var vectors = LoadVectors();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));

        var names = new Dictionary<string, string> { ["document"] = DocumentTermsFunction, ["query"] = QueryTermsFunction };
        var actual = await page.EvaluateAsync<JsonElement>(RunVectors, new object[] { site.Url(Module), names, vectors.Select(Input).ToArray() });

        Assert.Equal(vectors.Count, actual.GetArrayLength());
        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var field in new[] { "terms", "positions", "query", "queryPositions" })
            {
                var expected = vectors[i]![field]!.ToJsonString(Readable);
                var got = JsonSerializer.Serialize(actual[i].GetProperty(field), Readable);
                Assert.True(expected == got, $"vector {i} ({vectors[i]!["note"]}) {field}: expected {expected}, got {got}");
            }
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Module_gives_the_same_exact_keys_as_the_shared_file()
    {
        var vectors = LoadVectors().Where(v => v!["keys"] is JsonObject).ToList();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));

        var actual = await page.EvaluateAsync<JsonElement>(RunKeys, new object[] { site.Url(KeysModule), KeyFunctions, vectors.Select(Input).ToArray() });

        Assert.NotEmpty(vectors);
        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var field in KeyFunctions.Keys)
            {
                var expected = vectors[i]!["keys"]![field]?.ToJsonString(Readable) ?? "null";
                var got = JsonSerializer.Serialize(actual[i].GetProperty(field), Readable);
                Assert.True(expected == got, $"vector {Input(vectors[i])} ({vectors[i]!["note"]}) {field}: expected {expected}, got {got}");
            }
        }

        await page.Context.CloseAsync();
    }

    private static string Input(JsonNode? vector) => vector!["input"]!.GetValue<string>();

    private static List<JsonNode?> LoadVectors()
    {
        var path = Path.Combine(RepoPaths.TestData, "Search", "tokenizer-vectors.json");
        return [.. JsonNode.Parse(File.ReadAllText(path))!.AsArray()];
    }
}
