namespace Disclosure.Generator.Indexing;

/// <summary>One ranked result.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Url">Page address.</param>
/// <param name="Title">Title.</param>
/// <param name="Snippet">Start of the body text.</param>
/// <param name="Score">Score; higher ranks first.</param>
internal sealed record SearchHit(string Id, string Url, string Title, string Snippet, double Score);
