namespace Disclosure.Generator.Indexing;

/// <summary>Where a term's posting block is, as its term shard gives it.</summary>
/// <param name="Part">Postings part file.</param>
/// <param name="Offset">Byte offset of the block from the start of that part.</param>
/// <param name="Length">Block length in bytes.</param>
internal readonly record struct PostingLocation(int Part, int Offset, int Length);
