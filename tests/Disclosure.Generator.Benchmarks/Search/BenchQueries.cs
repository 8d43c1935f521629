namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// The fixed query set, taken from the corpus generator's vocabulary (<c>Corpus/DecisionScenarios.cs</c>,
/// <c>Corpus/FictionalNames.cs</c>) so that every query has matches at 10,000 decisions and beyond. Each probes
/// one way a visitor searches and one way an engine can fail on Chinese text.
/// </summary>
internal static class BenchQueries
{
    public static readonly IReadOnlyList<BenchQuery> All =
    [
        // One common term: 罚款 is in nearly every penalty (a third of all decisions), so this is the largest
        // result set, the largest postings and the most result records to rank.
        new("罚款", "common term"),

        // The two-term case: a violation (超标排放, one environment scenario) and a place (青禾县, one of
        // ten, in addresses and company names). Each term alone is frequent; the intersection is small.
        new("超标排放 青禾县", "two terms"),

        // Two characters inside one word: 质期 is the end of 保质期 (expired food), so a dictionary-word
        // segmenter that indexes 保质期 whole, and matches only whole words or their prefixes, cannot find it.
        new("质期", "inside a word"),

        // Across a word boundary: 营许可 is the end of 经营 plus 许可 (未取得食品经营许可, 道路运输经营许可),
        // a string no word segmenter produces, though a visitor may paste exactly that.
        new("营许可", "across words"),

        // A company name as it appears in decisions: the generator combines place, trade name and business,
        // so this one is in a few decisions at 10,000 and a few dozen at 1,000,000.
        new("江岭市白沙区百川包装材料有限公司", "company"),

        // A document number: 青禾县林业局's penalty number 6 of 2025, one decision at every corpus size (numbers
        // run per agency, category and year). Brackets and digits must survive tokenising.
        new("青林罚〔2025〕6号", "document number"),

        // A rare term: 易燃液体 is only in the facts of one emergency-management penalty (stored flammable
        // liquids), about 0.7 % of decisions: short postings, few result records, little to download.
        new("易燃液体", "rare term"),
    ];
}
