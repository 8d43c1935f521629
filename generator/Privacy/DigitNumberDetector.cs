using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds ID numbers, phone numbers, bank cards and accounts, and digit-only travel permits among runs of
/// digits. A run may be split by single spaces or dashes (138 1234 5678, 110105-19491231-002X); every
/// stretch of up to <see cref="MaxParts"/> neighbouring parts is tried, longest first, so a number written
/// in groups is read whole and two numbers side by side are read apart. Groups shorter than three digits
/// do not join (2025-03-07 is a date, not a number of 8 digits). Runs glued to letters (credit codes
/// such as 91219999MA0111110X) and the parts of amounts (5000.00, 220,000.00) are not numbers of a person.
/// </summary>
internal static partial class DigitNumberDetector
{
    /// <summary>The most parts joined into one number: +86 138 1234 5678 has 4, a 19-digit card in fours 5.</summary>
    private const int MaxParts = 6;

    /// <summary>Runs shorter than this (years, counts, 5-digit hotlines) cannot hold a personal number.</summary>
    private const int ShortestRun = 7;

    /// <summary>Finds numbers in the document and adds them to <paramref name="matches"/>.</summary>
    public static void Find(ScanDocument doc, AllowanceLookup allowances, ScanMatchSet matches)
    {
        var text = doc.Text;
        foreach (var m in BracketedLandline().EnumerateMatches(text))
        {
            var digits = DigitsOf(text.AsSpan(m.Index, m.Length));
            if (allowances.IsPublicPhone(digits))
            {
                matches.Allow(m.Index, m.Index + m.Length);
            }
            else
            {
                matches.TryAdd(new ScanMatch(m.Index, m.Length, PersonalDataKind.Phone, "phone.landline", PersonalDataMask.Phone(digits)));
            }
        }

        matches.Commit();
        var parts = new List<(int Start, int End)>();
        var compact = new StringBuilder();
        foreach (var m in DigitGroup().EnumerateMatches(text))
        {
            if (m.Length < ShortestRun || IsPartOfAmount(text, m.Index, m.Index + m.Length))
            {
                continue;
            }

            SplitParts(text, m.Index, m.Index + m.Length, parts);
            ClassifyParts(doc, allowances, parts, compact, matches);
        }
    }

    private static void ClassifyParts(ScanDocument doc, AllowanceLookup allowances, List<(int Start, int End)> parts, StringBuilder compact, ScanMatchSet matches)
    {
        for (var count = Math.Min(MaxParts, parts.Count); count >= 1; count--)
        {
            for (var first = 0; first + count <= parts.Count; first++)
            {
                var start = parts[first].Start;
                var end = parts[first + count - 1].End;
                if (end - start - (count - 1) < ShortestRun || matches.Overlaps(start, end) || (count > 1 && !IsGroupedNumber(doc.Text, parts, first, count)))
                {
                    continue;
                }

                compact.Clear();
                for (var p = first; p < first + count; p++)
                {
                    compact.Append(doc.Text, parts[p].Start, parts[p].End - parts[p].Start);
                }

                var firstPart = parts[first].End - parts[first].Start;
                var verdict = DigitNumberClassifier.Classify(compact.ToString(), firstPart, doc, start, allowances);
                if (verdict.Allowed)
                {
                    matches.Allow(start, end);
                }
                else if (verdict.Kind is { } kind)
                {
                    matches.TryAdd(new ScanMatch(start, end - start, kind, verdict.Rule, verdict.Masked));
                }
            }
        }
    }

    // People write numbers in groups of three or more (138 1234 5678, 6228 4800 1234 5671, 0427-2812345), after an
    // optional 86 or 0086. Shorter groups are dates (2025-03-07) or lists of small numbers (1 3 9 27 19), not one number.
    private static bool IsGroupedNumber(string text, List<(int Start, int End)> parts, int first, int count)
    {
        for (var p = first; p < first + count; p++)
        {
            var part = text.AsSpan(parts[p].Start, parts[p].End - parts[p].Start);
            if (part.Length < 3 && !(p == first && part.SequenceEqual("86")))
            {
                return false;
            }
        }

        return true;
    }

    private static void SplitParts(string text, int start, int end, List<(int Start, int End)> parts)
    {
        parts.Clear();
        var partStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is ' ' or '-')
            {
                parts.Add((partStart, i));
                partStart = i + 1;
            }
        }

        parts.Add((partStart, end));
    }

    // 5000.00, 0.87, 220,000.00: decimals and thousands groups are amounts or measures, not numbers of a person.
    private static bool IsPartOfAmount(string text, int start, int end)
    {
        var length = end - start;
        if (start >= 2 && char.IsAsciiDigit(text[start - 2]) && (text[start - 1] == '.' || (text[start - 1] == ',' && length == 3)))
        {
            return true;
        }

        if (end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
        {
            if (text[end] == '.')
            {
                return true;
            }

            if (text[end] == ',' && length <= 3 && end + 4 <= text.Length && text.AsSpan(end + 1, 3).IndexOfAnyExceptInRange('0', '9') < 0
                && (end + 4 == text.Length || !char.IsAsciiDigit(text[end + 4])))
            {
                return true;
            }
        }

        return false;
    }

    private static string DigitsOf(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Digits, optionally split by single spaces or dashes, optionally ending in X; not glued to letters.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9](?:[ \-]?[0-9])*[Xx]?(?![0-9A-Za-z])", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex DigitGroup();

    /// <summary>(027)82761234, （0427）2812345.</summary>
    [GeneratedRegex(@"(?<![0-9])[(（]0[0-9]{2,3}[)）][ \-]?[2-9][0-9]{6,7}(?![0-9])", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex BracketedLandline();
}
