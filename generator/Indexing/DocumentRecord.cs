using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// What a result shows of a document, stored as UTF-8 JSON <c>["id", "url", "title", "snippet"]</c> in a
/// fixed-size slot of a document part file (<see cref="Fit"/>), padded with spaces.
/// </summary>
/// <param name="Id">Document id.</param>
/// <param name="Url">Site-relative page address, without a leading slash.</param>
/// <param name="Title">Title.</param>
/// <param name="Snippet">The body text with runs of whitespace as one space, cut at <see cref="SearchRanking.SnippetLength"/> characters.</param>
internal sealed record DocumentRecord(string Id, string Url, string Title, string Snippet)
{
    /// <summary>How records are written: compact, with Chinese text as UTF-8 (a third smaller than \u escapes).</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record of a document.</summary>
    public static DocumentRecord Of(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentRecord(document.Id, document.Url, document.Title, SnippetOf(document.Body));
    }

    /// <summary>
    /// The record's JSON cut to fit <paramref name="slot"/> bytes: the snippet loses characters from its end, and,
    /// if that is not enough, the title too (ending in …). Id and address are never cut.
    /// </summary>
    public byte[] Fit(int slot)
    {
        var bytes = Json(this);
        if (bytes.Length <= slot)
        {
            return bytes;
        }

        var snippet = Longest(Snippet, s => Json(this with { Snippet = s }).Length <= slot);
        if (snippet is not null)
        {
            return Json(this with { Snippet = snippet });
        }

        var title = Longest(Title, t => Json(this with { Title = t + "…", Snippet = "" }).Length <= slot);
        return title is not null ? Json(this with { Title = title + "…", Snippet = "" })
            : throw new InvalidOperationException($"search record of {Id}: its id and address alone exceed {slot} bytes");
    }

    /// <summary>Writes the record as the writer's root value (see <see cref="Options"/>).</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartArray();
        json.WriteStringValue(Id);
        json.WriteStringValue(Url);
        json.WriteStringValue(Title);
        json.WriteStringValue(Snippet);
        json.WriteEndArray();
    }

    /// <summary>Reads one record's bytes.</summary>
    public static DocumentRecord Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        var fields = new string[4];
        reader.Read();
        for (var i = 0; i < fields.Length; i++)
        {
            reader.Read();
            fields[i] = reader.GetString() ?? "";
        }

        return new DocumentRecord(fields[0], fields[1], fields[2], fields[3]);
    }

    private static byte[] Json(DocumentRecord record)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            record.WriteTo(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // The longest prefix of text that fits (never half a surrogate pair), or null when not even the empty one does.
    private static string? Longest(string text, Func<string, bool> fits)
    {
        if (!fits(""))
        {
            return null;
        }

        var (low, high) = (0, text.Length);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (fits(Cut(text, mid)))
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return Cut(text, low);
    }

    private static string Cut(string text, int length) =>
        length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];

    private static string SnippetOf(string body)
    {
        var text = new StringBuilder(SearchRanking.SnippetLength);
        var space = false;
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (text.Length + (space ? 1 : 0) >= SearchRanking.SnippetLength)
            {
                break;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        // Never end on half a surrogate pair.
        if (text.Length > 0 && char.IsHighSurrogate(text[^1]))
        {
            text.Length--;
        }

        return text.ToString();
    }
}
