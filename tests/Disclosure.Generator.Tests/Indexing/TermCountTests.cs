using System.Text;
using System.Text.Json;
using Disclosure.Generator.Indexing;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Indexing;

public sealed class TermCountTests
{
    [Fact]
    public void Every_shared_vector_counts_as_many_terms_as_the_tokeniser_gives()
    {
        var path = Path.Combine(RepoPaths.TestData, "Search", "tokenizer-vectors.json");
        using var vectors = JsonDocument.Parse(File.ReadAllText(path));

        foreach (var vector in vectors.RootElement.EnumerateArray())
        {
            var input = vector.GetProperty("input").GetString()!;

            Assert.Equal(SearchTokenizer.Tokenize(input).Count, TermCount.Of(input));
        }
    }

    [Fact]
    public void Random_mixed_text_counts_as_many_terms_as_the_tokeniser_gives()
    {
        // Han (with a supplementary-plane character), ASCII and full-width letters and digits, circled numbers,
        // Roman numerals, accented and Greek letters, brackets, punctuation and several kinds of space.
        string[] pieces =
        [
            "罚", "款", "食品", "〇", "𠀀", "豈", "a", "Z", "7", "０", "Ａ", "ｚ", "①", "⑳", "Ⅻ", "ⅳ", "é", "Ω", "ß",
            "〔", "）", "，", "。", "-", " ", "\u3000", "\u00A0", "\n", "SC", "2025", "x9y", "·", "_",
        ];
        var random = new Random(20250101);

        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 40);
            for (var j = 0; j < length; j++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            if (i % 50 == 0)
            {
                text.Append(new string('9', 40)).Append(new string('b', 40));
            }

            Assert.Equal(SearchTokenizer.Tokenize(text.ToString()).Count, TermCount.Of(text.ToString()));
        }
    }
}
