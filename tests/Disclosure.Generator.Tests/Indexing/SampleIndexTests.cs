using System.Text;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Indexing;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Model;
using Disclosure.Generator.Pipeline;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Indexing;

/// <summary>The sample site's records, indexed and queried with the reference query the client mirrors.</summary>
public sealed class SampleIndexTests
{
    private static readonly Lazy<ScanAllowances> Allowances = new(() =>
    {
        var sink = new DiagnosticSink();
        var root = new ContentRoot(RepoPaths.Root);
        return PublicAllowances.From(RecordLoader.Load(root, sink).Records, SiteConfigLoader.Load(root, sink));
    });

    private static readonly Lazy<InMemoryIndex> Index = new(() =>
    {
        var sink = new DiagnosticSink();
        var context = new BuildContext(new FixedClock(SiteRun.Today), sink, CancellationToken.None);
        var root = new ContentRoot(RepoPaths.Root);
        var config = SiteConfigLoader.Load(root, sink);
        var loaded = RecordLoader.Load(root, sink);
        var model = SiteModelBuilder.Build(loaded.Records, config, context);
        return new InMemoryIndex(SiteIndexer.Documents(model));
    });

    private static SearchQuery Query => Index.Value.Query;

    [Fact]
    public void A_document_number_written_with_other_brackets_finds_its_decision_first()
    {
        var result = Query.Run("青应急给[2025]3号");

        Assert.Equal("decisions/2025/08/emergency-benefit-2025-003/", result.Hits[0].Url);
    }

    [Fact]
    public void An_officer_certificate_number_finds_the_officer_first()
    {
        var result = Query.Run("99010889274");

        Assert.Equal("陈建国", result.Hits[0].Title);
        Assert.StartsWith("officers/", result.Hits[0].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_character_query_inside_a_word_finds_the_decision()
    {
        var result = Query.Run("倒损");

        Assert.Contains(result.Hits, h => h.Url == "decisions/2025/08/emergency-benefit-2025-003/");
    }

    [Fact]
    public void Withdrawn_and_excluded_decisions_cannot_be_found_by_title_or_number()
    {
        foreach (var query in new[] { "青禾县鑫瑞健康咨询有限公司发布虚假广告案", "青市监罚〔2025〕10号", "青溪古桥护栏涂写刻画案", "青城管简罚〔2025〕3号" })
        {
            var result = Query.Run(query);

            Assert.DoesNotContain(result.Hits, h => h.Url.Contains("market-penalty-2025-010", StringComparison.Ordinal) || h.Url.Contains("urban-penalty-2025-jy003", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_index_file_passes_the_same_privacy_scan_as_the_pages()
    {
        var scanner = new PersonalDataScanner(Allowances.Value);

        foreach (var (path, bytes) in Index.Value.Files)
        {
            // Term and key shards are compressed: scan the terms and keys they hold.
            var text = path.StartsWith("terms/", StringComparison.Ordinal) || path.StartsWith("keys/", StringComparison.Ordinal) ? IndexFiles.Gunzip(bytes) : bytes;
            var findings = scanner.Scan(Encoding.UTF8.GetString(text)).Where(f => !f.Kind.IsReviewOnly());

            Assert.True(!findings.Any(), path);
        }
    }
}
