namespace Disclosure.Generator.Indexing;

/// <summary>
/// One search term and where it starts: positions count characters of Chinese runs and whole Latin/digit
/// tokens, so two terms of a phrase keep the same distance in a query as in a document.
/// </summary>
/// <param name="Text">The normalised term: one Han character, a Han bigram, or a Latin/digit token.</param>
/// <param name="Position">Zero-based position in the normalised text.</param>
internal readonly record struct SearchTerm(string Text, int Position);
