namespace Disclosure.Generator.Indexing;

/// <summary>Where a term's or key's posting block is, as its dictionary entry records it.</summary>
/// <param name="Df">Number of documents holding it.</param>
/// <param name="Part">Postings part file.</param>
/// <param name="Offset">Byte offset of the block from the start of that part.</param>
/// <param name="Length">Block length in bytes.</param>
internal readonly record struct PostingLocation(int Df, int Part, int Offset, int Length);
