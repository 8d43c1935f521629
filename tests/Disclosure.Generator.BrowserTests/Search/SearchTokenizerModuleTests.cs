using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Generator.BrowserTests.Support;
using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.BrowserTests.Search;

/// <summary>
/// The browser's tokenizer and key modules, run in Chromium, against the shared vectors the C# tokenizer is
/// tested with (tests/Disclosure.Generator.Tests/TestData/Search/tokenizer-vectors.json) and against the C#
/// itself on the sample's own text: a query split differently would find different records.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchTokenizerModuleTests(SampleSite site)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // For each input: document terms and positions, query terms and positions, the four keys and the query keys.
    private const string Run = """
        async ([base, inputs]) => {
          const t = await import(new URL('assets/search/tokenizer.js', base));
          const k = await import(new URL('assets/search/keys.js', base));
          return inputs.map(input => {
            const doc = t.tokenize(input);
            const query = t.queryTerms(input);
            return {
              terms: doc.map(x => x.text), positions: doc.map(x => x.position),
              query: query.map(x => x.text), queryPositions: query.map(x => x.position),
              keys: { documentNumber: k.documentNumber(input), creditCode: k.creditCode(input),
                      certificateNumber: k.certificateNumber(input), organisationName: k.organisationName(input) },
              queryKeys: k.queryKeys(input),
            };
          });
        }
        """;

    [Fact]
    public async Task Module_splits_every_shared_vector_as_the_file_says()
    {
        var vectors = LoadVectors();

        var actual = await RunAsync([.. vectors.Select(v => v["input"]!.GetValue<string>())]);

        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var field in new[] { "terms", "positions", "query", "queryPositions" })
            {
                AssertSame(vectors[i][field], actual[i].GetProperty(field), $"vector {i} ({vectors[i]["note"]}) {field}");
            }

            if (vectors[i]["keys"] is JsonObject keys)
            {
                foreach (var (name, value) in keys)
                {
                    AssertSame(value, actual[i].GetProperty("keys").GetProperty(name), $"vector {i} ({vectors[i]["note"]}) key {name}");
                }
            }
        }
    }

    [Fact]
    public async Task Module_splits_the_sample_text_and_queries_exactly_as_the_CSharp_tokenizer()
    {
        // Every indexed field of every decision, the vectors, and look-up-shaped queries with spaces, brackets and short names.
        var inputs = SampleContent.Decisions.SelectMany(d => d.IndexedText)
            .Concat(LoadVectors().Select(v => v["input"]!.GetValue<string>()))
            .Concat(["青禾县", "青禾县某", "江岭新禾 市政", "ＡＢ-１２３４", "9901 0889 274", "a\u00a0b", "Ⅻ号", "İstanbul ΣΑΣ"])
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var actual = await RunAsync(inputs);

        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var document = SearchTokenizer.Tokenize(input);
            var query = SearchTokenizer.QueryTerms(input);
            AssertSame(JsonSerializer.SerializeToNode(document.Select(t => t.Text)), actual[i].GetProperty("terms"), $"{input}: terms");
            AssertSame(JsonSerializer.SerializeToNode(document.Select(t => t.Position)), actual[i].GetProperty("positions"), $"{input}: positions");
            AssertSame(JsonSerializer.SerializeToNode(query.Select(t => t.Text)), actual[i].GetProperty("query"), $"{input}: query terms");
            AssertSame(JsonSerializer.SerializeToNode(query.Select(t => t.Position)), actual[i].GetProperty("queryPositions"), $"{input}: query positions");
            AssertSame(JsonSerializer.SerializeToNode(ExactKeys.QueryKeys(input)), actual[i].GetProperty("queryKeys"), $"{input}: query keys");
        }
    }

    private async Task<JsonElement[]> RunAsync(IReadOnlyList<string> inputs)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        var result = await page.EvaluateAsync<JsonElement>(Run, new object[] { site.BaseAddress.ToString(), inputs });
        await page.Context.CloseAsync();
        Assert.Equal(inputs.Count, result.GetArrayLength());
        return [.. result.EnumerateArray()];
    }

    private static void AssertSame(JsonNode? expected, JsonElement actual, string what)
    {
        var want = expected?.ToJsonString(Readable) ?? "null";
        var got = JsonSerializer.Serialize(actual, Readable);
        Assert.True(want == got, $"{what}: expected {want}, got {got}");
    }

    private static List<JsonNode> LoadVectors()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Disclosure.Generator.Tests", "TestData", "Search", "tokenizer-vectors.json");
        return [.. JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(v => v!)];
    }
}
