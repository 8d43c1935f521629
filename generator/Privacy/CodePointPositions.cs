namespace Disclosure.Generator.Privacy;

/// <summary>
/// Turns UTF-16 offsets into 1-based lines and code-point columns in one pass over the text: \r\n, \r and
/// \n end a line, a surrogate pair is one column, and a leading byte-order mark takes no column.
/// </summary>
internal static class CodePointPositions
{
    /// <summary>Converts matches, which must be sorted by start, into findings in the same order.</summary>
    public static List<PersonalDataFinding> ToFindings(string text, IReadOnlyList<ScanMatch> sorted)
    {
        var findings = new List<PersonalDataFinding>(sorted.Count);
        var line = 1;
        var column = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        foreach (var match in sorted)
        {
            while (i < match.Start)
            {
                var c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    column = 1;
                }
                else if (c != '\r' && !char.IsLowSurrogate(c))
                {
                    column++;
                }

                i++;
            }

            findings.Add(new PersonalDataFinding(line, column, CodePoints(text, match.Start, match.End), match.Kind, match.Rule, match.Masked));
        }

        return findings;
    }

    private static int CodePoints(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }

        return count;
    }
}
