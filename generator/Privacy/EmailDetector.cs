using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds e-mail addresses. Mailboxes on government domains (.gov.cn) belong to agencies and are public, so
/// they are not reported; every other address is.
/// </summary>
internal static partial class EmailDetector
{
    private const int LongestMailbox = 64;

    /// <summary>Finds addresses and adds them to <paramref name="matches"/>.</summary>
    public static void Find(ScanDocument doc, ScanMatchSet matches)
    {
        var text = doc.Text;
        var next = 0;

        // Only an @ can make an address: start the pattern a bounded distance before each one, not at every letter.
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at > 0; at = next < text.Length ? text.IndexOf('@', next) : -1)
        {
            var start = at;
            while (start > 0 && at - start < LongestMailbox && IsMailboxCharacter(text[start - 1]))
            {
                start--;
            }

            while (start < at && !char.IsAsciiLetterOrDigit(text[start]))
            {
                start++;
            }

            next = at + 1;
            var m = Address().Match(text, start);
            if (!m.Success)
            {
                continue;
            }

            next = m.Index + m.Length;
            if (m.Value.EndsWith(".gov.cn", StringComparison.OrdinalIgnoreCase))
            {
                matches.Allow(m.Index, next);
                continue;
            }

            matches.TryAdd(new ScanMatch(m.Index, m.Length, PersonalDataKind.Email, "email.address", PersonalDataMask.Email(m.Value)));
        }
    }

    private static bool IsMailboxCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    // Anchored (\G) where the mailbox starts: the search around each @ never runs on through the rest of the text.
    [GeneratedRegex(@"\G(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex Address();
}
