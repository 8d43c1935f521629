namespace Disclosure.Generator.Indexing;

/// <summary>One entry of a term shard: a term and where its posting block is.</summary>
/// <param name="Term">The term.</param>
/// <param name="Location">Its posting block.</param>
internal sealed record DictionaryEntry(string Term, PostingLocation Location);
