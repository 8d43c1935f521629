namespace Disclosure.Generator.Indexing;

/// <summary>A shard entry waiting to be written: a term or key, and where its postings were collected.</summary>
/// <param name="Term">The term, or the key with its kind prefix.</param>
/// <param name="Partition">The partition holding its postings.</param>
/// <param name="Id">Its id in that partition.</param>
internal readonly record struct PostingSource(string Term, PostingsPartition Partition, int Id)
{
    /// <summary>Number of documents holding it.</summary>
    public int Df => Partition.Df(Id);

    /// <summary>Writes its posting block (a term).</summary>
    public void WriteBlock(ref GrowableBytes output) => Partition.WriteBlock(Id, ref output);

    /// <summary>Writes its document count and documents (a key).</summary>
    public void WriteKeyDocuments(ref GrowableBytes output) => Partition.WriteKeyDocuments(Id, ref output);
}
