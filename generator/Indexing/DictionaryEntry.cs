namespace Disclosure.Generator.Indexing;

/// <summary>One entry of a dictionary shard: a term or exact key and where its posting block is.</summary>
/// <param name="Term">The term, or a key with its kind prefix (<c>d:</c>, <c>c:</c>, <c>n:</c>, <c>o:</c>).</param>
/// <param name="Location">Its document frequency and posting block.</param>
internal sealed record DictionaryEntry(string Term, PostingLocation Location);
