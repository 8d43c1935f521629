using System.IO.Hashing;
using System.Text;
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
        var documents = Corpus(600);

        var first = new InMemoryIndex(documents);
        var second = new InMemoryIndex([.. documents.AsEnumerable().Reverse()]);

        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, f => Assert.Equal(f.Value, second.Files[f.Key]));
    }

    [Fact]
    public void The_manifest_names_every_other_file_and_records_the_ranking_parameters()
    {
        var index = new InMemoryIndex(Sample);

        var manifest = index.Manifest;
        var named = manifest.TermFiles.OfType<string>()
            .Concat(manifest.KeyFiles.OfType<string>())
            .Concat(manifest.PostingFiles)
            .Concat(manifest.DocumentFiles)
            .Append(manifest.FacetFile)
            .Append("manifest.json")
            .Order(StringComparer.Ordinal);

        Assert.Equal(index.Files.Keys, named);
        Assert.Equal(4, manifest.Documents);
        Assert.Equal(new RankingParameters(1.2, 0.75, 3, 1.5, 1000, 100, 256, 4), manifest.Ranking);
        Assert.Equal(index.Result.Files, index.Files.Count);
        Assert.Equal(index.Result.Bytes, index.Files.Values.Sum(v => (long)v.Length));
        using var json = JsonDocument.Parse(index.Files["manifest.json"]);
        Assert.Equal(3, json.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("[\"kind\",\"agency\",\"category\",\"year\",\"status\"]", json.RootElement.GetProperty("facets").GetRawText());
    }

    [Fact]
    public void A_shard_set_is_named_by_one_hash_of_all_its_files()
    {
        var before = new InMemoryIndex(Corpus(300));
        var after = new InMemoryIndex([.. Corpus(300), Doc("new", "决定", "新增的一份决定")]);

        var hashes = before.Manifest.TermFiles.Select(p => p.Split('.')[1]).Distinct().ToList();
        var manifest = JsonDocument.Parse(before.Files["manifest.json"]).RootElement;

        Assert.True(before.Manifest.TermFiles.Count > 1);
        Assert.Equal([before.Manifest.TermShards.Hash], hashes);
        Assert.Equal(before.Manifest.TermFiles.Count, manifest.GetProperty("terms").GetProperty("count").GetInt32());
        Assert.Equal(hashes[0], manifest.GetProperty("terms").GetProperty("hash").GetString());
        Assert.All(before.Manifest.TermFiles, p => Assert.True(before.Files.ContainsKey(p), p));
        Assert.NotEqual(before.Manifest.TermShards.Hash, after.Manifest.TermShards.Hash);
        // A cold search loads the manifest first: it stays small whatever the number of shards.
        Assert.InRange(before.Files["manifest.json"].Length, 1, 2048);
    }

    [Fact]
    public void Facet_values_are_listed_in_ordinal_order()
    {
        var index = new InMemoryIndex(Sample);

        var values = index.Manifest.FacetValues;

        Assert.Equal(["决定", "执法人员"], values[(int)SearchFacet.Kind]);
        Assert.Equal(["卫生健康委", "市场监管局", "江岭市市场监督管理局"], values[(int)SearchFacet.Agency]);
        Assert.Equal(["行政处罚", "行政许可"], values[(int)SearchFacet.Category]);
        Assert.Equal(["2024", "2025"], values[(int)SearchFacet.Year]);
        Assert.Equal(["公示中", "已更正"], values[(int)SearchFacet.Status]);
    }

    [Fact]
    public void Documents_sharing_facet_values_are_numbered_together_then_by_id()
    {
        var documents = Enumerable.Range(0, 12)
            .Select(i => Doc($"d{i:D2}", "处罚决定", "罚款", agency: i % 2 == 0 ? "市场监管局" : "卫生健康委"))
            .ToList();

        var index = new InMemoryIndex(documents);

        Assert.Equal(["d01", "d03", "d05", "d07", "d09", "d11", "d00", "d02", "d04", "d06", "d08", "d10"], Enumerable.Range(0, 12).Select(index.IdOf));
    }

    [Fact]
    public void File_names_carry_the_xxhash128_of_their_bytes()
    {
        var before = new InMemoryIndex(Sample);
        var after = new InMemoryIndex([.. Sample.Take(3), Sample[3] with { Body = "执法证号 SC20250013" }]);

        var changed = after.Files.Keys.Except(before.Files.Keys).ToList();

        Assert.Contains(changed, path => path.StartsWith("docs/0.", StringComparison.Ordinal));
        // Shards are named by their set's hash (A_shard_set_is_named_by_one_hash_of_all_its_files).
        foreach (var (path, bytes) in before.Files.Where(f => f.Key != "manifest.json" && !f.Key.StartsWith("terms/", StringComparison.Ordinal) && !f.Key.StartsWith("keys/", StringComparison.Ordinal)))
        {
            Assert.Matches(@"^(terms/\d+|keys/\d+|postings/\d+|docs/\d+|facets)\.[0-9a-f]{16}\.bin$", path);
            Assert.EndsWith("." + Convert.ToHexStringLower(XxHash128.Hash(bytes))[..16] + ".bin", path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Terms_and_keys_sit_in_the_shard_of_their_hash_sorted_by_utf8_bytes()
    {
        var documents = Corpus(1500)
            .Concat(Enumerable.Range(0, 600).Select(i => Doc($"k{i:D3}", "决定", "正文", keys: [new ExactKey(ExactKeyKind.DocumentNumber, $"青市监罚〔2025〕{i}号")])))
            .Append(Doc("rare", "古字", "𠀀豈丽", keys: [new ExactKey(ExactKeyKind.CreditCode, "91370200MA3C5X1234")]))
            .ToList();
        var index = new InMemoryIndex(documents);
        var order = Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b));

        var terms = index.Entries().ToList();
        var keys = index.KeyEntries().ToList();

        Assert.True(index.Manifest.TermFiles.Count > 1);
        Assert.True(index.Manifest.KeyFiles.Count > 1);
        Assert.All(terms, e => Assert.Equal(SearchHash.Shard(e.Entry.Term, index.Manifest.TermFiles.Count), e.Shard));
        Assert.All(keys, e => Assert.Equal(SearchHash.Shard(e.Entry.Key, index.Manifest.KeyFiles.Count), e.Shard));
        foreach (var shard in terms.GroupBy(e => e.Shard))
        {
            var bytes = shard.Select(e => Encoding.UTF8.GetBytes(e.Entry.Term)).ToList();
            Assert.Equal(bytes.Order(order), bytes);
        }

        foreach (var shard in keys.GroupBy(e => e.Shard))
        {
            var bytes = shard.Select(e => Encoding.UTF8.GetBytes(e.Entry.Key)).ToList();
            Assert.Equal(bytes.Order(order), bytes);
        }

        Assert.DoesNotContain(terms, e => e.Entry.Term.Contains(':', StringComparison.Ordinal));
        var credit = Assert.Single(keys, e => e.Entry.Key == "c:91370200MA3C5X1234").Entry;
        Assert.Equal(["rare"], credit.Documents.Select(index.IdOf));
        Assert.Equal(["k042"], Assert.Single(keys, e => e.Entry.Key == "d:青市监罚〔2025〕42号").Entry.Documents.Select(index.IdOf));
        Assert.Contains(terms, e => e.Entry.Term == "𠀀");
        Assert.Equal(["rare"], index.Ids("𠀀豈"));
        Assert.Equal("k042", index.Ids("青市监罚[2025]42号")[0]);
    }

    [Fact]
    public void The_shard_count_grows_with_the_dictionary_and_stays_a_power_of_two()
    {
        var small = new InMemoryIndex([Sample[1]]);
        var larger = new InMemoryIndex(Corpus(1500));

        Assert.Single(small.Manifest.TermFiles);
        Assert.True(larger.Manifest.TermFiles.Count > 1);
        Assert.True(int.IsPow2(larger.Manifest.TermFiles.Count));
        Assert.InRange(larger.Entries().Count() / (double)larger.Manifest.TermFiles.Count, 32, 64);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(64, 1)]
    [InlineData(65, 2)]
    [InlineData(42_000, 1024)]
    [InlineData(50_000_000, 1024)]
    public void Term_shards_hold_about_64_terms_up_to_1024_shards(long terms, int shards)
    {
        Assert.Equal(shards, SearchIndexPlan.TermShards(terms));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(256, 1)]
    [InlineData(257, 2)]
    [InlineData(210_000, 512)]
    [InlineData(50_000_000, 512)]
    public void Key_shards_hold_about_256_keys_up_to_512_shards(long keys, int shards)
    {
        Assert.Equal(shards, SearchIndexPlan.KeyShards(keys));
    }

    [Fact]
    public void A_million_documents_need_fewer_than_2000_files()
    {
        // Planned, not built: a million documents give a few million distinct terms and keys and, at about
        // 3 GB of posting blocks (the benchmark corpus gives well under that), 96 parts.
        var termShards = SearchIndexPlan.TermShards(5_000_000);
        var keyShards = SearchIndexPlan.KeyShards(3_000_000);
        var documentParts = SearchIndexPlan.DocumentParts(1_000_000, SearchIndexOptions.Default.DocsPerPart);
        var postingParts = (3L << 30) / SearchIndexOptions.Default.MaxPartBytes;

        var files = termShards + keyShards + documentParts + postingParts + 3;

        Assert.Equal(1024, termShards);
        Assert.Equal(512, keyShards);
        Assert.Equal(50, documentParts);
        Assert.InRange(files, 1600, 2000);
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

        // The manifest, the facet runs, and one empty term shard and one empty key shard.
        Assert.Equal(4, index.Files.Count);
        Assert.Empty(DictionaryShard.Read(index.Files[Assert.Single(index.Manifest.TermFiles)]));
        Assert.Empty(KeyShard.Read(index.Files[Assert.Single(index.Manifest.KeyFiles)]));
        Assert.Empty(index.Manifest.PostingFiles);
        Assert.Equal(0, index.Query.Run("罚").Total);
    }

    [Fact]
    public void Duplicate_ids_are_a_bug_in_the_caller()
    {
        Assert.Throws<ArgumentException>(() => new InMemoryIndex([Sample[0], Sample[0]]));
    }

    [Fact]
    public void A_document_the_caller_withholds_leaves_no_trace_in_any_file()
    {
        var withdrawn = Doc("withdrawn-0042", "青禾县鑫瑞健康咨询有限公司发布虚假广告案", "罚款", keys: [new ExactKey(ExactKeyKind.DocumentNumber, "青市监罚〔2025〕10号")]);
        var published = Sample.Append(withdrawn).ToList();

        var index = new InMemoryIndex(Sample);

        Assert.Contains("withdrawn-0042", new InMemoryIndex(published).Ids("鑫瑞健康"));
        Assert.Empty(index.Ids("鑫瑞健康"));
        Assert.Empty(index.Ids("青市监罚〔2025〕10号"));
        foreach (var (path, bytes) in index.Files)
        {
            var text = Encoding.UTF8.GetString(path.StartsWith("terms/", StringComparison.Ordinal) || path.StartsWith("keys/", StringComparison.Ordinal) ? IndexFiles.Gunzip(bytes) : bytes);
            Assert.DoesNotContain("withdrawn", text, StringComparison.Ordinal);
            Assert.DoesNotContain("鑫瑞", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_term_in_most_documents_is_stored_as_a_bitmap_and_a_rare_one_as_a_list()
    {
        // 罚款 is in two of every three documents: too scattered for runs, too many for a list.
        var documents = Enumerable.Range(0, 200)
            .Select(i => Doc($"d{i:D3}", "处罚决定", (i % 3 == 0 ? "警告" : "罚款") + (i % 50 == 7 ? $" 没收 编号{i}" : $" 编号{i}")))
            .ToList();
        var index = new InMemoryIndex(documents);

        var common = index.Block("罚款");
        var rare = index.Block("没收");

        Assert.Equal(DocumentSetEncoding.Bitmap, common.Encoding);
        Assert.Equal(DocumentSetEncoding.List, rare.Encoding);
        Assert.Equal(133, index.Query.Run("罚款").Total);
        Assert.Equal(["d007", "d057", "d107", "d157"], index.Ids("没收").Order(StringComparer.Ordinal));
        Assert.Equal(["d007", "d107", "d157"], index.Ids("罚款 没收").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_long_posting_block_is_stored_compressed_and_a_short_one_plain()
    {
        var documents = Enumerable.Range(0, 300)
            .Select(i => Doc($"d{i:D3}", "处罚决定", (i % 3 == 0 ? "警告" : "罚款") + (i == 7 ? " 没收" : "") + $" 编号{i}"))
            .ToList();
        var index = new InMemoryIndex(documents);

        var common = index.StoredBlock("罚款");
        var rare = index.StoredBlock("没收");

        Assert.Equal([0x1f, 0x8b], common[..2]);
        Assert.True(IndexFiles.Gunzip(common).Length > common.Length);
        Assert.Equal(200, index.Block("罚款").Documents.Count);
        Assert.Equal(1, rare[0]);
        Assert.InRange(rare.Length, 1, PostingBlock.SmallestCompressed);
        Assert.Equal(200, index.Query.Run("罚款").Total);
    }

    [Fact]
    public void A_term_from_one_agencys_name_is_stored_as_runs()
    {
        // Documents are numbered by agency among their facets: those of 卫生健康委 are one block of numbers.
        var documents = Enumerable.Range(0, 400)
            .Select(i => i % 4 == 0
                ? Doc($"d{i:D3}", "处罚决定", $"卫生健康委 罚款 编号{i}", agency: "卫生健康委")
                : Doc($"d{i:D3}", "处罚决定", $"市场监管局 罚款 编号{i}", agency: i % 8 == 1 ? "市场监管局" : "江岭市市场监督管理局"))
            .ToList();
        var index = new InMemoryIndex(documents);

        var health = index.Block("卫生");

        Assert.Equal(DocumentSetEncoding.Runs, health.Encoding);
        Assert.Equal(100, health.Documents.Count);
        Assert.Equal(Enumerable.Range(0, 400).Where(i => i % 4 == 0).Select(i => $"d{i:D3}"), index.Ids("卫生健康委").Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 400).Where(i => i % 4 != 0).Select(i => $"d{i:D3}"), index.Ids("市场监管局 罚款").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Past_max_champions_the_strongest_holders_are_listed_and_the_rest_share_the_weakest_impact()
    {
        // Nine holders of 罚款: the more often a body repeats it, the higher its impact. Three may be champions.
        var documents = Enumerable.Range(1, 9)
            .Select(i => Doc($"d{i}", "决定", string.Join("，", Enumerable.Repeat("罚款", i % 5 == 0 ? 5 : i % 5)) + "，其余内容相同"))
            .ToList();
        var index = new InMemoryIndex(documents, SearchIndexOptions.Default with { MaxChampions = 3 });

        var block = index.Block("罚款");
        var result = index.Query.Run("罚款");

        Assert.Equal(9, block.Documents.Count);
        Assert.Equal(["d4", "d5", "d9"], block.Champions.Select(c => index.IdOf(c.Document)).Order(StringComparer.Ordinal));
        Assert.Equal(block.Champions.Min(c => c.Impact), block.TailImpact);
        // Every other holder scores as the weakest champions do: d5 first, then the eight others tied.
        Assert.Equal("d5", result.Hits[0].Id);
        Assert.Single(result.Hits.Skip(1).Select(h => h.Score).Distinct());
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
    }

    [Fact]
    public void Postings_spread_over_many_small_parts_answer_the_same()
    {
        var documents = Corpus(300);
        var whole = new InMemoryIndex(documents);

        var split = new InMemoryIndex(documents, SearchIndexOptions.Default with { MaxPartBytes = 256 });

        Assert.Single(whole.Manifest.PostingFiles);
        Assert.True(split.Manifest.PostingFiles.Count > 10);
        var entries = split.Entries().ToList();
        // A shard's blocks lie back to back in one part, so its entries need only their lengths.
        Assert.All(entries.GroupBy(e => e.Shard), shard => Assert.Single(shard.Select(e => e.Entry.Location.Part).Distinct()));
        foreach (var part in entries.GroupBy(e => e.Entry.Location.Part))
        {
            var length = split.Files[split.Manifest.PostingFiles[part.Key]].Length;
            // Whole shards fill each part; only a shard larger than the limit has a part to itself.
            Assert.Equal(length, part.Sum(e => e.Entry.Location.Length));
            Assert.True(length <= 256 || part.Select(e => e.Shard).Distinct().Count() == 1, $"part {part.Key}: {length} bytes");
        }

        foreach (var query in new[] { "罚款", "食品 罚款", "编号17", "市场监管" })
        {
            Assert.Equal(whole.Query.Run(query).Hits, split.Query.Run(query).Hits);
        }
    }

    // Decisions with a shared vocabulary and one unique number each.
    private static List<SearchDocument> Corpus(int count)
    {
        string[] words = ["食品", "罚款", "警告", "许可", "检查", "没收", "违法所得", "责令改正", "市场监管", "生态环境", "交通运输", "安全生产"];
        string[] agencies = ["市场监管局", "卫生健康委", "生态环境局"];
        return [.. Enumerable.Range(0, count).Select(i => Doc(
            $"d{i:D5}",
            $"{words[i % words.Length]}处罚决定",
            $"当事人{words[(i * 7) % words.Length]}{words[(i * 5) % words.Length]}，编号{i}，金额{i * 37 % 1000}元。{words[(i * 3) % words.Length]}",
            agency: agencies[i % agencies.Length],
            year: 2020 + (i % 6)))];
    }
}
