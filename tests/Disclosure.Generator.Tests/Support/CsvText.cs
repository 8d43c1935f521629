using System.Text;

namespace Disclosure.Generator.Tests.Support;

/// <summary>
/// A strict RFC 4180 reader for the tests, written independently of the exporter: CRLF record ends only,
/// quoted fields with doubled quotes, and CR or LF allowed inside quotes. A malformed file fails the test.
/// </summary>
internal static class CsvText
{
    /// <summary>Reads the records of a CSV text (no byte-order mark).</summary>
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i >= text.Length || text[i] == ',' || text[i] == '\r', $"text after a closing quote at {i}");
                continue;
            }

            var c = text[i];
            if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"a CR not followed by LF at {i}");
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.True(c is not ('\n' or '"'), $"a bare {(c == '\n' ? "LF" : "quote")} outside quotes at {i}");
                field.Append(c);
                i++;
            }
        }

        Assert.True(field.Length == 0 && record.Count == 0, "the last record does not end with CRLF");
        return records;
    }
}
