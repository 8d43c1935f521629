using System.Globalization;
using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The part of Unicode NFKC that matters for Chinese government text, as a fixed code-point table:
/// full-width ASCII forms U+FF01–U+FF5E become U+0021–U+007E (ＡＢＣ１２３ → ABC123, （ → (), the
/// ideographic space U+3000 becomes a space, circled numbers ①–⑳ (U+2460–U+2473) become 1–20, and Roman
/// numerals U+2160–U+217F become Latin letters (Ⅻ → XII). Everything else is kept.
/// Not <see cref="string.Normalize()"/>: the generator runs with invariant globalisation, where .NET leaves
/// strings unnormalised, and a fixed table lets the JavaScript client fold exactly the same way whatever
/// Unicode version its browser has.
/// </summary>
internal static class CompatibilityFold
{
    private static readonly string[] RomanNumerals =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"];

    /// <summary>The folded text.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsFold))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\uFF01' and <= '\uFF5E':
                    folded.Append((char)(c - 0xFEE0));
                    break;
                case '\u3000':
                    folded.Append(' ');
                    break;
                case >= '\u2460' and <= '\u2473':
                    folded.Append((c - 0x2460 + 1).ToString(CultureInfo.InvariantCulture));
                    break;
                case >= '\u2160' and <= '\u216F':
                    folded.Append(RomanNumerals[c - 0x2160]);
                    break;
                case >= '\u2170' and <= '\u217F':
                    folded.Append(RomanNumerals[c - 0x2170].ToLowerInvariant());
                    break;
                default:
                    folded.Append(c);
                    break;
            }
        }

        return folded.ToString();
    }

    private static bool NeedsFold(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000' or (>= '\u2460' and <= '\u2473') or (>= '\u2160' and <= '\u217F');
}
