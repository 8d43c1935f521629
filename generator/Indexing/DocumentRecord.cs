using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// What a result shows of a document, stored as UTF-8 JSON <c>["id", "url", "title", "snippet"]</c> in a
/// document part file.
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
