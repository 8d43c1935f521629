using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// How many terms <see cref="SearchTokenizer.Tokenize"/> gives for a text, without building them: the document
/// lengths the builder needs before it can weigh any term. It follows the tokeniser's rules (a Chinese run of n
/// characters gives 2n − 1 terms; a word gives one, plus its digit and non-digit parts when there are two or
/// more) on the folded text; lower-casing never turns a letter or digit into anything else, so it is skipped.
/// A test holds it to <see cref="SearchTokenizer.Tokenize"/> on the shared vectors and on random text.
/// </summary>
internal static class TermCount
{
    /// <summary>The number of terms in <paramref name="text"/>.</summary>
    public static int Of(string text)
    {
        var folded = CompatibilityFold.Apply(text);
        var count = 0;
        var han = 0;
        var wordStart = -1;
        var index = 0;
        foreach (var rune in folded.EnumerateRunes())
        {
            if (SearchTokenizer.IsHan(rune.Value))
            {
                count += Word(folded, wordStart, index);
                wordStart = -1;
                han++;
            }
            else if (Rune.IsLetter(rune) || Rune.IsDigit(rune))
            {
                count += Han(han);
                han = 0;
                wordStart = wordStart < 0 ? index : wordStart;
            }
            else
            {
                count += Han(han) + Word(folded, wordStart, index);
                han = 0;
                wordStart = -1;
            }

            index += rune.Utf16SequenceLength;
        }

        return count + Han(han) + Word(folded, wordStart, index);
    }

    private static int Han(int run) => run == 0 ? 0 : (2 * run) - 1;

    // A word gives itself and, when it mixes ASCII digits with other characters, each maximal part.
    private static int Word(string text, int start, int end)
    {
        if (start < 0)
        {
            return 0;
        }

        var parts = 1;
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsAsciiDigit(text[i]) != char.IsAsciiDigit(text[i - 1]))
            {
                parts++;
            }
        }

        return parts < 2 ? 1 : 1 + parts;
    }
}
