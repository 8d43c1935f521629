using System.Text.Json;
using Disclosure.Generator.Indexing;
using static Disclosure.Generator.Tests.Indexing.InMemoryIndex;

namespace Disclosure.Generator.Tests.Indexing;

public sealed class SearchIndexBuilderTests
{
    private static readonly SearchDocument[] Sample =
    [
        Doc("p1", "行政处罚决定书", "当事人销售过期食品，罚款五千元。", agency: "市场监管局", year: 2025, keys: [new ExactKey(ExactKeyKind.DocumentNumber, "青市监罚〔2025〕12号")]),
        Doc("p2", "行政处罚决定书", "未按规定公示，警告。", agency: "市场监管局", year: 2024, status: "已更正"),
        Doc("l1", "行政许可决定", "准予食品经营许可。", agency: "卫生健康委", category: "行政许可", year: 2025),
        Doc("o1", "执法人员 张某", "执法证号 SC20250012", kind: "执法人员", category: "", year: null, status: "", keys: [new ExactKey(ExactKeyKind.CertificateNumber, "SC20250012")]),
    ];

    [Fact]
    public void Two_builds_of_the_same_documents_are_byte_identical_whatever_the_input_order()
    {
        var first = new InMemoryIndex(Sample);
        var second = new InMemoryIndex([.. Sample.Reverse()]);

        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, f => Assert.Equal(f.Value, second.Files[f.Key]));
    }

    [Fact]
    public void The_manifest_counts_facet_values_over_all_documents()
    {
        var index = new InMemoryIndex(Sample);

        var facets = Manifest(index).GetProperty("facets");

        Assert.Equal("[[\"决定\",3],[\"执法人员\",1]]", facets.GetProperty("kind").GetRawText());
        Assert.Equal("[[\"卫生健康委\",1],[\"市场监管局\",2],[\"江岭市市场监督管理局\",1]]", facets.GetProperty("agency").GetRawText());
        Assert.Equal("[[\"行政处罚\",2],[\"行政许可\",1]]", facets.GetProperty("category").GetRawText());
        Assert.Equal("[[\"2024\",1],[\"2025\",2]]", facets.GetProperty("year").GetRawText());
        Assert.Equal("[[\"公示中\",2],[\"已更正\",1]]", facets.GetProperty("status").GetRawText());
    }

    [Fact]
    public void The_manifest_names_every_other_file_and_records_the_ranking_parameters()
    {
        var index = new InMemoryIndex(Sample);

        var manifest = Manifest(index);
        var named = new[] { "terms", "keys", "docs" }
            .SelectMany(k => manifest.GetProperty(k).EnumerateArray())
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .Append("manifest.json")
            .Order(StringComparer.Ordinal);

        Assert.Equal(index.Files.Keys, named);
        Assert.Equal(4, manifest.GetProperty("documents").GetInt32());
        Assert.Equal(SearchRanking.K1, manifest.GetProperty("ranking").GetProperty("k1").GetDouble());
        Assert.Equal(SearchRanking.B, manifest.GetProperty("ranking").GetProperty("b").GetDouble());
        Assert.Equal(index.Result.Files, index.Files.Count);
        Assert.Equal(index.Result.Bytes, index.Files.Values.Sum(v => (long)v.Length));
    }

    [Fact]
    public void Shard_file_names_carry_a_hash_of_their_content()
    {
        var before = new InMemoryIndex(Sample);
        var after = new InMemoryIndex([.. Sample.Take(3), Sample[3] with { Body = "执法证号 SC20250013" }]);

        var changed = after.Files.Keys.Except(before.Files.Keys).ToList();

        Assert.NotEmpty(changed);
        Assert.All(changed, path => Assert.Matches(@"^(terms|keys|docs)/\d+\.[0-9a-f]{16}\.json$", path));
        Assert.Contains(before.Files.Keys, path => path.StartsWith("docs/", StringComparison.Ordinal) && !after.Files.ContainsKey(path));
    }

    [Fact]
    public void Terms_land_in_the_shard_given_by_the_documented_hash()
    {
        var index = new InMemoryIndex(Sample);
        var manifest = Manifest(index);
        var files = manifest.GetProperty("terms").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString()).ToList();

        foreach (var term in new[] { "罚款", "食", "sc20250012", "20250012" })
        {
            var file = files[(int)(SearchHash.Fnv1a(term) % (uint)files.Count)];
            Assert.NotNull(file);
            using var shard = JsonDocument.Parse(index.Files[file]);
            Assert.True(shard.RootElement.TryGetProperty(term, out _), term);
        }
    }

    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void The_shard_hash_is_FNV_1a_32(string text, uint expected)
    {
        Assert.Equal(expected, SearchHash.Fnv1a(text));
    }

    [Fact]
    public void An_empty_corpus_gives_a_manifest_and_no_hits()
    {
        var index = new InMemoryIndex([]);

        Assert.Equal(["manifest.json"], index.Files.Keys);
        Assert.Equal(0, index.Query.Run("罚").Total);
    }

    [Fact]
    public void Duplicate_ids_are_a_bug_in_the_caller()
    {
        Assert.Throws<ArgumentException>(() => new InMemoryIndex([Sample[0], Sample[0]]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void The_number_of_index_files_stays_under_2000_at_any_size(int documents)
    {
        var plan = SearchShardPlan.For(documents);

        Assert.True(plan.MaxFiles <= 2000, $"{plan}");
        Assert.True((long)plan.DocumentShards * plan.DocumentsPerShard >= documents);
    }

    [Fact]
    public void A_million_documents_use_the_full_shard_counts()
    {
        var plan = SearchShardPlan.For(1_000_000);

        Assert.Equal(1024, plan.TermShards);
        Assert.Equal(256, plan.KeyShards);
        Assert.Equal(512, plan.DocumentShards);
        Assert.Equal(1793, plan.MaxFiles);
    }

    [Fact]
    public void A_large_synthetic_corpus_writes_no_more_files_than_its_plan_allows()
    {
        // 200,000 documents take about 7 s here, too slow for the unit suite; the 1,000,000 bound is checked on the plan above.
        const int Count = 50_000;
        var agencies = new[] { "市场监管局", "卫生健康委", "生态环境局" };
        var documents = Enumerable.Range(0, Count)
            .Select(i => Doc($"d{i:D7}", "处罚决定", $"编号{i}", agency: agencies[i % 3], year: 2020 + (i % 6)))
            .ToList();
        var files = 0;

        var result = SearchIndexBuilder.Build(documents, (_, _) => files++);

        Assert.Equal(Count, result.Documents);
        Assert.Equal(files, result.Files);
        Assert.True(files <= result.Plan.MaxFiles);
        Assert.Equal(64, result.Plan.TermShards);
        Assert.Equal(100, result.Plan.DocumentShards);
        Assert.Equal(result.Plan.DocumentShards + 1 + result.Plan.TermShards, files);
    }

    private static JsonElement Manifest(InMemoryIndex index)
    {
        using var document = JsonDocument.Parse(index.Files["manifest.json"]);
        return document.RootElement.Clone();
    }
}
