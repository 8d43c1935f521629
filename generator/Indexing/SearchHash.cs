using System.Text;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// The hash that places a term or exact key in its shard, written out so the JavaScript client can repeat it:
/// FNV-1a, 32 bits, over the UTF-8 bytes of the string. Start with h = 2166136261; for each byte,
/// h = (h XOR byte) × 16777619 modulo 2^32. The shard is h modulo the shard count, h taken as unsigned.
/// In JavaScript: <c>h = Math.imul(h ^ byte, 16777619) &gt;&gt;&gt; 0</c> over <c>new TextEncoder().encode(term)</c>.
/// </summary>
internal static class SearchHash
{
    /// <summary>FNV-1a 32-bit offset basis.</summary>
    public const uint OffsetBasis = 2166136261;

    /// <summary>FNV-1a 32-bit prime.</summary>
    public const uint Prime = 16777619;

    /// <summary>FNV-1a 32-bit hash of the UTF-8 bytes.</summary>
    public static uint Fnv1a(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        // Terms are short: hash them from the stack, without allocating.
        var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        var hash = OffsetBasis;
        foreach (var b in bytes[..Encoding.UTF8.GetBytes(text, bytes)])
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }

    /// <summary>The shard a term or key belongs to.</summary>
    public static int Shard(string text, int shardCount) => (int)(Fnv1a(text) % (uint)shardCount);
}
