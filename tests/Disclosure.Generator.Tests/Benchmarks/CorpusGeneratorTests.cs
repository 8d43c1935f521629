using Disclosure.Generator.Benchmarks.Corpus;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Benchmarks;

public class CorpusGeneratorTests
{
    private static readonly CorpusOptions Small = new(60, 7);

    [Fact]
    public void Same_seed_writes_byte_identical_corpora()
    {
        using var first = new TempDir();
        using var second = new TempDir();

        CorpusGenerator.Generate(Small, first.Path);
        CorpusGenerator.Generate(Small, second.Path);

        var files = Files(first.Path);
        Assert.Equal(files, Files(second.Path));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, f)), File.ReadAllBytes(Path.Combine(second.Path, f))));
    }

    [Fact]
    public void Generated_corpus_passes_check_with_no_error_or_warning()
    {
        using var site = new TempDir();
        CorpusGenerator.Generate(Small, site.Path);

        var (_, diagnostics) = SiteRun.Run(site.Path, today: Small.Today);

        Assert.DoesNotContain(diagnostics, d => d.Severity is Severity.Error or Severity.Warning);
        Assert.Equal(60, Directory.GetFiles(Path.Combine(site.Path, "content", "decisions"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_different_seed_writes_different_decisions()
    {
        using var first = new TempDir();
        using var second = new TempDir();

        CorpusGenerator.Generate(Small, first.Path);
        CorpusGenerator.Generate(Small with { Seed = 8 }, second.Path);

        Assert.NotEqual(Files(first.Path), Files(second.Path));
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
