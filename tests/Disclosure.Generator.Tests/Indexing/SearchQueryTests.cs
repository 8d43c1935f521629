using Disclosure.Generator.Indexing;
using static Disclosure.Generator.Tests.Indexing.InMemoryIndex;

namespace Disclosure.Generator.Tests.Indexing;

public sealed class SearchQueryTests
{
    [Fact]
    public void A_two_character_query_finds_it_inside_longer_words()
    {
        var index = new InMemoryIndex([
            Doc("a", "决定", "执法手段简单粗暴"),
            Doc("b", "决定", "简单段落不含该词"),
            Doc("c", "决定", "这是一段简单的测试文本"),
        ]);

        var ids = index.Ids("段简");

        Assert.Equal(["a", "c"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_spanning_a_word_boundary_matches()
    {
        var index = new InMemoryIndex([
            Doc("a", "决定", "这是一段简单的测试文本"),
            Doc("b", "决定", "是的，一段时间"),
        ]);

        Assert.Equal(["a"], index.Ids("是一段"));
        Assert.Equal(["a"], index.Ids("的测试文"));
    }

    [Fact]
    public void A_one_character_query_matches_every_document_containing_it()
    {
        var index = new InMemoryIndex([
            Doc("a", "行政处罚决定书", "罚款五千元"),
            Doc("b", "检查结果", "未发现问题"),
            Doc("c", "许可决定", "准予许可，不予处罚"),
        ]);

        var result = index.Query.Run("罚");

        Assert.Equal(2, result.Total);
        Assert.Equal(["a", "c"], result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_title_match_ranks_above_a_body_only_match()
    {
        var index = new InMemoryIndex([
            Doc("body", "行政决定", "关于食品安全的检查"),
            Doc("title", "食品安全", "关于行政决定的检查"),
        ]);

        Assert.Equal(["title", "body"], index.Ids("食品安全"));
    }

    [Fact]
    public void A_short_document_ranks_above_a_long_one_with_the_term_as_often()
    {
        var index = new InMemoryIndex([
            Doc("long", "决定", "检查发现超过保质期的食品，同时发现仓库卫生条件差、记录不全、人员未持证上岗、标签不规范。"),
            Doc("short", "决定", "检查发现超过保质期的食品。"),
        ]);

        Assert.Equal(["short", "long"], index.Ids("保质期"));
    }

    [Fact]
    public void Terms_in_query_order_rank_above_the_same_terms_scattered()
    {
        var index = new InMemoryIndex([
            Doc("scattered", "决定", "处理简单，手段明了"),
            Doc("phrase", "决定", "处理手段简单，明了"),
        ]);

        var result = index.Query.Run("手段 简单");

        Assert.Equal(["phrase", "scattered"], result.Hits.Select(h => h.Id));
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
    }

    [Fact]
    public void Every_query_term_must_occur()
    {
        var index = new InMemoryIndex([
            Doc("common", "决定", "处罚处罚处罚"),
            Doc("rare", "决定", "处罚没收"),
            Doc("x", "决定", "处罚"),
        ]);

        var result = index.Query.Run("处罚 没收");

        Assert.Equal(["rare"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_document_number_typed_with_other_brackets_and_full_width_digits_is_found_first()
    {
        var index = new InMemoryIndex([
            Doc("a", "青市监罚〔2025〕12号", "罚款", keys: [new ExactKey(ExactKeyKind.DocumentNumber, "青市监罚〔2025〕12号")]),
            Doc("b", "青市监罚〔2025〕120号", "罚款 2025 12", keys: [new ExactKey(ExactKeyKind.DocumentNumber, "青市监罚〔2025〕120号")]),
        ]);

        Assert.Equal("a", index.Ids("青市监罚[２０２５]１２号")[0]);
        Assert.Equal("a", index.Ids("青市监罚（2025） 12号")[0]);
        Assert.Equal("b", index.Ids("青市监罚【2025】120号")[0]);
    }

    [Fact]
    public void A_credit_code_in_lower_case_is_found()
    {
        var index = new InMemoryIndex([
            Doc("a", "某公司处罚决定", "当事人", keys: [new ExactKey(ExactKeyKind.CreditCode, "91370200MA3C5X1234")]),
            Doc("b", "另一公司处罚决定", "当事人", keys: [new ExactKey(ExactKeyKind.CreditCode, "91370200MA3C5X9999")]),
        ]);

        Assert.Equal(["a"], index.Ids("91370200ma3c5x1234"));
        Assert.Equal(["a"], index.Ids(" 9137 0200 MA3C 5X12 34 "));
    }

    [Fact]
    public void A_certificate_number_with_spaces_or_dashes_is_found()
    {
        var index = new InMemoryIndex([
            Doc("officer", "执法人员", "某某", kind: "执法人员", keys: [new ExactKey(ExactKeyKind.CertificateNumber, "SC20250012")]),
            Doc("other", "执法人员", "某某", kind: "执法人员", keys: [new ExactKey(ExactKeyKind.CertificateNumber, "SC20250013")]),
        ]);

        Assert.Equal(["officer"], index.Ids("sc 2025 0012"));
        Assert.Equal(["officer"], index.Ids("SC-2025-0012"));
    }

    [Fact]
    public void An_organisation_name_ranks_its_own_decision_above_those_that_mention_it()
    {
        var index = new InMemoryIndex([
            Doc("mentions", "江岭鑫瑞食品有限公司供货商处罚决定", "江岭鑫瑞食品有限公司江岭鑫瑞食品有限公司"),
            Doc("party", "经营超过保质期食品案", "当事人：江岭鑫瑞食品有限公司", keys: [new ExactKey(ExactKeyKind.OrganisationName, "江岭鑫瑞食品有限公司")]),
        ]);

        var exact = index.Query.Run("江岭鑫瑞食品有限公司");
        var spaced = index.Query.Run("江岭鑫瑞 食品有限公司");

        Assert.Equal(["party", "mentions"], exact.Hits.Select(h => h.Id));
        Assert.True(exact.Hits[0].Score > SearchRanking.ExactBoost);
        Assert.Equal(["mentions", "party"], spaced.Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_query_under_four_characters_is_not_taken_for_an_organisation_name()
    {
        var index = new InMemoryIndex([
            Doc("shop", "经营无证案", "当事人无照经营", keys: [new ExactKey(ExactKeyKind.OrganisationName, "青禾店")]),
            Doc("firm", "经营无证案", "当事人无照经营", keys: [new ExactKey(ExactKeyKind.OrganisationName, "青禾商店")]),
        ]);

        Assert.Empty(index.Ids("青禾店"));
        Assert.Equal(["firm"], index.Ids("青禾商店"));
    }

    [Fact]
    public void Filters_narrow_the_matches_and_facet_counts_follow_them()
    {
        var index = new InMemoryIndex([
            Doc("a", "处罚决定", "食品", agency: "市场监管局", year: 2024),
            Doc("b", "处罚决定", "食品", agency: "市场监管局", year: 2025),
            Doc("c", "处罚决定", "食品", agency: "卫生健康委", year: 2025),
            Doc("d", "许可决定", "药品", agency: "卫生健康委", year: 2025),
            Doc("e", "处罚决定", "食品", agency: "卫生健康委", year: null, category: ""),
        ]);

        var all = index.Query.Run("食品");
        var filtered = index.Query.Run("食品", [new SearchFilter(SearchFacet.Agency, "市场监管局")]);
        var either = index.Query.Run("食品", [new SearchFilter(SearchFacet.Year, "2024"), new SearchFilter(SearchFacet.Agency, "卫生健康委"), new SearchFilter(SearchFacet.Year, "2025")]);

        Assert.Equal(4, all.Total);
        Assert.Equal([new FacetCount("卫生健康委", 2), new FacetCount("市场监管局", 2)], all.Facets[(int)SearchFacet.Agency]);
        Assert.Equal([new FacetCount("2024", 1), new FacetCount("2025", 2)], all.Facets[(int)SearchFacet.Year]);
        Assert.Equal(["a", "b"], filtered.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal([new FacetCount("市场监管局", 2)], filtered.Facets[(int)SearchFacet.Agency]);
        Assert.Equal([new FacetCount("2024", 1), new FacetCount("2025", 1)], filtered.Facets[(int)SearchFacet.Year]);
        Assert.Equal(["c"], either.Hits.Select(h => h.Id));
        Assert.Equal(1, either.Total);
    }

    [Fact]
    public void Pages_of_ten_cover_every_match_once_in_rank_order()
    {
        var index = new InMemoryIndex([.. Enumerable.Range(0, 25).Select(i => Doc($"d{i:D2}", "处罚决定", string.Concat(Enumerable.Repeat("罚款，", 1 + (i % 4))) + $"编号{i}"))]);

        var pages = Enumerable.Range(1, 4).Select(p => index.Query.Run("罚款", page: p)).ToList();
        var all = index.Query.Run("罚款", pageSize: 100);

        Assert.Equal([10, 10, 5, 0], pages.Select(p => p.Hits.Count));
        Assert.All(pages, p => Assert.Equal(25, p.Total));
        Assert.Equal(all.Hits, pages.SelectMany(p => p.Hits));
        Assert.Equal(all.Hits.OrderByDescending(h => h.Score).Select(h => h.Score), all.Hits.Select(h => h.Score));
    }

    [Fact]
    public void A_query_with_no_match_finds_nothing()
    {
        var index = new InMemoryIndex([Doc("a", "处罚决定", "食品")]);

        var result = index.Query.Run("药品");

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.Empty(index.Query.Run("，。").Hits);
        Assert.Empty(index.Query.Run("食品 药品").Hits);
    }

    [Fact]
    public void A_query_reads_its_term_shard_its_postings_range_the_facet_runs_and_one_page_of_records_in_merged_ranges()
    {
        var documents = Enumerable.Range(0, 3000)
            .Select(i => Doc($"d{i:D5}", $"决定{i}", i < 30 ? $"抽查结果 编号{i}" : $"日常巡查 编号{i} 记录"))
            .ToList();
        var index = new InMemoryIndex(documents);

        var result = index.Query.Run("抽查");

        Assert.Equal(30, result.Total);
        Assert.True(index.Manifest.TermFiles.Count > 1);
        Assert.Equal(
            [index.Manifest.TermFiles[SearchHash.Shard("抽查", index.Manifest.TermFiles.Count)]!, index.Manifest.FacetFile],
            result.Reads.Where(r => r.WholeFile).Select(r => r.Path));
        Assert.Single(result.Reads, r => r.Path.StartsWith("postings/", StringComparison.Ordinal));
        // The ten hits are neighbours in document order: one read of their records' slots, nothing to look up first.
        var records = Assert.Single(result.Reads, r => index.Manifest.DocumentFiles.Contains(r.Path));
        Assert.Equal(0, records.Offset % SearchRanking.RecordBytes);
        Assert.InRange(records.Length, 10 * SearchRanking.RecordBytes, 30 * SearchRanking.RecordBytes);
        Assert.True(result.Reads.Where(r => !r.WholeFile).Sum(r => r.Length) < 20_000);
    }

    [Fact]
    public void Hits_far_apart_in_document_order_are_read_separately()
    {
        // 抽查 is in every 500th document: 500 slots lie between two hits, far more than the 1,024 bytes a merged
        // read may skip, so each hit costs a read of its own slot.
        var documents = Enumerable.Range(0, 3000)
            .Select(i => Doc($"d{i:D5}", $"决定{i}", (i % 500 == 0 ? "抽查结果 " : "日常巡查 ") + new string('记', 300) + $" 编号{i}"))
            .ToList();
        var index = new InMemoryIndex(documents);

        var result = index.Query.Run("抽查");

        Assert.Equal(6, result.Total);
        Assert.Equal(6, result.Hits.Count);
        Assert.Equal(6, result.Reads.Count(r => index.Manifest.DocumentFiles.Contains(r.Path) && r.Length == SearchRanking.RecordBytes));
    }

    [Fact]
    public void The_first_and_last_record_of_every_document_part_are_found()
    {
        var documents = Enumerable.Range(0, 7).Select(i => Doc($"d{i}", $"第{i}号决定", $"正文{i}号 唯一词{(char)('甲' + i)}乙")).ToList();
        var index = new InMemoryIndex(documents, SearchIndexOptions.Default with { DocsPerPart = 3 });

        Assert.Equal(3, index.Manifest.DocumentFiles.Count);
        for (var i = 0; i < 7; i++)
        {
            var hit = Assert.Single(index.Query.Run($"{(char)('甲' + i)}乙").Hits);
            Assert.Equal($"d{i}", hit.Id);
            Assert.Equal($"decisions/d{i}/", hit.Url);
            Assert.Equal($"第{i}号决定", hit.Title);
            Assert.Equal($"正文{i}号 唯一词{(char)('甲' + i)}乙", hit.Snippet);
        }
    }

    [Fact]
    public void Hits_carry_url_title_and_a_snippet_of_the_body_text()
    {
        var index = new InMemoryIndex([
            Doc("a", "处罚决定", "当事人  某公司\n违法事实：销售过期食品"),
            Doc("b", "处罚决定", "罚款" + new string('款', 400)),
        ]);

        var hit = Assert.Single(index.Query.Run("过期").Hits);
        var longHit = Assert.Single(index.Query.Run("罚款").Hits);

        Assert.Equal("decisions/a/", hit.Url);
        Assert.Equal("处罚决定", hit.Title);
        Assert.Equal("当事人 某公司 违法事实：销售过期食品", hit.Snippet);
        // 400 characters of body: cut to 300, then to what fits the record's slot, from the end.
        Assert.StartsWith("罚款款款", longHit.Snippet, StringComparison.Ordinal);
        Assert.InRange(longHit.Snippet.Length, 100, 160);
    }

    [Fact]
    public void A_record_too_long_for_its_slot_loses_snippet_then_title_never_its_address()
    {
        var title = string.Concat(Enumerable.Repeat("关于某某有限公司违法行为的处理决定", 20));
        var index = new InMemoryIndex([Doc("long-title", title, "罚款 " + new string('正', 300))]);

        var hit = Assert.Single(index.Query.Run("罚款").Hits);

        Assert.Equal("decisions/long-title/", hit.Url);
        Assert.Equal("long-title", hit.Id);
        Assert.Equal("", hit.Snippet);
        Assert.EndsWith("…", hit.Title, StringComparison.Ordinal);
        Assert.StartsWith(hit.Title[..^1], title, StringComparison.Ordinal);
        Assert.True(hit.Title.Length > 100);
    }
}
