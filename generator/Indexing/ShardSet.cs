using System.Globalization;
using System.IO.Hashing;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The term shards or the key shards: <c>FOLDER/S.HASH.bin</c> for S = 0 … Count − 1, where HASH (16 hex digits)
/// is the XxHash128 of all the set's files together (each as its 4-byte little-endian length, then its bytes), so
/// any change gives every shard a new name. One hash in the manifest instead of one path per shard: 1,536 paths
/// were 21 KB of a cold query's download.
/// </summary>
/// <param name="Folder">The folder: <see cref="Terms"/> or <see cref="Keys"/>.</param>
/// <param name="Count">Number of shards, a power of two.</param>
/// <param name="Hash">The set's hash.</param>
internal sealed record ShardSet(string Folder, int Count, string Hash)
{
    /// <summary>Folder of the term shards.</summary>
    public const string Terms = "terms";

    /// <summary>Folder of the key shards.</summary>
    public const string Keys = "keys";

    /// <summary>The file of a shard holding nothing: gzip over the count 0.</summary>
    public static byte[] Empty { get; } = IndexFiles.Gzip([0]);

    /// <summary>Every shard's path, in shard order.</summary>
    public IReadOnlyList<string> Paths => [.. Enumerable.Range(0, Count).Select(Path)];

    /// <summary>The set of <paramref name="files"/> (null: an empty shard, stored as <see cref="Empty"/>).</summary>
    public static ShardSet Of(string folder, IReadOnlyList<byte[]?> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[4];
        foreach (var file in files)
        {
            var bytes = file ?? Empty;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.Append(length);
            hash.Append(bytes);
        }

        return new ShardSet(folder, files.Count, Convert.ToHexStringLower(hash.GetCurrentHash(), 0, 8));
    }

    /// <summary>The path of shard <paramref name="shard"/>, relative to the index folder.</summary>
    public string Path(int shard) => string.Create(CultureInfo.InvariantCulture, $"{Folder}/{shard}.{Hash}.bin");
}
