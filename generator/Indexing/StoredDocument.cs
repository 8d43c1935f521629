using System.Text.Json;

namespace Disclosure.Generator.Indexing;

/// <summary>One entry of a document-store shard.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Url">Page address.</param>
/// <param name="Title">Title.</param>
/// <param name="Facets">Facet value indexes in <see cref="SearchFacet"/> order, −1 for none.</param>
/// <param name="Snippet">Start of the body text.</param>
internal sealed record StoredDocument(string Id, string Url, string Title, IReadOnlyList<int> Facets, string Snippet)
{
    /// <summary>Reads <c>[id, url, title, [facets], snippet]</c>.</summary>
    public static StoredDocument Read(JsonElement entry) => new(
        entry[0].GetString() ?? "",
        entry[1].GetString() ?? "",
        entry[2].GetString() ?? "",
        [.. entry[3].EnumerateArray().Select(e => e.GetInt32())],
        entry[4].GetString() ?? "");
}
