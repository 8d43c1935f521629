using Disclosure.Generator.Import;

namespace Disclosure.Generator.Tests.Import;

public sealed class ImportedFileNameTests
{
    [Fact]
    public void The_name_comes_from_the_year_and_sequence_of_the_document_number()
    {
        var (id, path) = ImportedFileName.For("market", "青市监罚〔2026〕41号", new DateOnly(2025, 12, 30));

        Assert.Matches("^market-2026-041-[0-9a-f]{8}$", id);
        Assert.Equal($"2026/{id}.yml", path);
    }

    [Fact]
    public void Two_numbers_with_the_same_year_and_sequence_get_different_names()
    {
        var date = new DateOnly(2026, 3, 1);

        var penalty = ImportedFileName.For("market", "青市监罚〔2026〕3号", date).Id;
        var simple = ImportedFileName.For("market", "青市监简罚〔2026〕3号", date).Id;

        Assert.NotEqual(penalty, simple);
        Assert.StartsWith("market-2026-003-", simple, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_without_a_year_uses_the_decision_year()
    {
        var (id, path) = ImportedFileName.For("market", "QH-PEN-0007", new DateOnly(2026, 5, 6));

        Assert.Matches("^market-2026-[0-9a-f]{8}$", id);
        Assert.StartsWith("2026/", path, StringComparison.Ordinal);
    }
}
