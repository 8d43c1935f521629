using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// 分词: splits text into search terms the same way at build time and in the browser (the JavaScript client
/// reads the same test vectors, tests/Disclosure.Generator.Tests/TestData/Search/tokenizer-vectors.json).
/// <list type="number">
/// <item>Normalise: <see cref="CompatibilityFold"/> (full-width letters and digits become ASCII, the NFKC
/// mappings that matter here), then invariant lower case.</item>
/// <item>Walk the text by code point. A Han character (<see cref="IsHan"/>) extends a Chinese run; a letter
/// (general category L*) or decimal digit (Nd) extends a word; anything else (punctuation, CJK punctuation,
/// spaces, symbols) ends the current run or word.</item>
/// <item>A Chinese run of n characters starting at position p gives, for each i, the character at p+i and,
/// when i+1 &lt; n, the bigram of characters i and i+1 at p+i; the run occupies n positions.</item>
/// <item>A word gives itself, cut to <see cref="MaxWordLength"/> UTF-16 units, at one position; a word mixing
/// ASCII digits with other characters (a123) also gives each maximal part of digits and of non-digits (a, 123),
/// each cut the same way, at the same position.</item>
/// </list>
/// Separators take no position. Queries use <see cref="QueryTerms"/>: for a Chinese run of two or more characters
/// only the bigrams that cover it (offsets 0, 2, 4, … and the last), so any substring of indexed Chinese text
/// matches as a phrase of bigrams while a long name reads half the postings.
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>Longest word kept, in UTF-16 code units; longer words are cut.</summary>
    public const int MaxWordLength = 32;

    /// <summary>The compatibility fold, then invariant lower case.</summary>
    public static string Normalize(string text) => CompatibilityFold.Apply(text).ToLowerInvariant();

    /// <summary>The terms a document's text is indexed under, in position order.</summary>
    public static IReadOnlyList<SearchTerm> Tokenize(string text)
    {
        var terms = new List<SearchTerm>();
        Walk(Normalize(text), terms, forQuery: false);
        return terms;
    }

    /// <summary>
    /// The terms a query must match: a one-character Chinese run gives the character, a longer run the bigrams
    /// at offsets 0, 2, 4, … and n − 2 (every character covered, none twice more than needed); a word gives
    /// itself only.
    /// </summary>
    public static IReadOnlyList<SearchTerm> QueryTerms(string query)
    {
        var terms = new List<SearchTerm>();
        Walk(Normalize(query), terms, forQuery: true);
        return terms;
    }

    /// <summary>
    /// Han ideographs: U+3007 (〇), U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF and U+20000–U+3FFFF.
    /// </summary>
    public static bool IsHan(int codePoint) =>
        codePoint == 0x3007
        || codePoint is >= 0x3400 and <= 0x4DBF
        || codePoint is >= 0x4E00 and <= 0x9FFF
        || codePoint is >= 0xF900 and <= 0xFAFF
        || codePoint is >= 0x20000 and <= 0x3FFFF;

    private static void Walk(string text, List<SearchTerm> terms, bool forQuery)
    {
        var han = new List<string>();
        var word = new StringBuilder();
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune.Value))
            {
                position = FlushWord(word, terms, position, forQuery);
                han.Add(rune.ToString());
            }
            else if (Rune.IsLetter(rune) || Rune.IsDigit(rune))
            {
                position = FlushHan(han, terms, position, forQuery);
                word.Append(rune.ToString());
            }
            else
            {
                position = FlushHan(han, terms, position, forQuery);
                position = FlushWord(word, terms, position, forQuery);
            }
        }

        position = FlushHan(han, terms, position, forQuery);
        FlushWord(word, terms, position, forQuery);
    }

    private static int FlushHan(List<string> run, List<SearchTerm> terms, int position, bool forQuery)
    {
        if (run.Count == 0)
        {
            return position;
        }

        for (var i = 0; i < run.Count; i++)
        {
            var last = i + 1 == run.Count;
            if (!forQuery || run.Count == 1)
            {
                terms.Add(new SearchTerm(run[i], position + i));
            }

            if (!last && (!forQuery || Covers(i, run.Count)))
            {
                terms.Add(new SearchTerm(run[i] + run[i + 1], position + i));
            }
        }

        var next = position + run.Count;
        run.Clear();
        return next;
    }

    // A query needs only the bigrams at offsets 0, 2, 4, … and the last (n − 2): together they cover every character.
    private static bool Covers(int offset, int runLength) => offset % 2 == 0 || offset == runLength - 2;

    private static int FlushWord(StringBuilder word, List<SearchTerm> terms, int position, bool forQuery)
    {
        if (word.Length == 0)
        {
            return position;
        }

        var text = word.ToString();
        word.Clear();
        terms.Add(new SearchTerm(Cut(text), position));
        if (!forQuery)
        {
            AddParts(text, terms, position);
        }

        return position + 1;
    }

    // a123 is indexed as a123, a and 123, so either part alone finds it.
    private static void AddParts(string word, List<SearchTerm> terms, int position)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || char.IsAsciiDigit(word[i]) != char.IsAsciiDigit(word[i - 1]))
            {
                parts.Add(word[start..i]);
                start = i;
            }
        }

        if (parts.Count < 2)
        {
            return;
        }

        foreach (var part in parts)
        {
            terms.Add(new SearchTerm(Cut(part), position));
        }
    }

    private static string Cut(string word)
    {
        if (word.Length <= MaxWordLength)
        {
            return word;
        }

        var end = char.IsHighSurrogate(word[MaxWordLength - 1]) ? MaxWordLength - 1 : MaxWordLength;
        return word[..end];
    }
}
