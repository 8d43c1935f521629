namespace Disclosure.Generator.Indexing;

/// <summary>
/// A byte array that grows as it is appended to: the compact store behind every term's postings while the index
/// is built, where millions of small lists make a class per list (or a <see cref="MemoryStream"/>) too costly.
/// A mutable struct: keep it in a field or array slot and never copy it.
/// </summary>
internal struct GrowableBytes
{
    private byte[]? _bytes;

    /// <summary>Bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public readonly ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>Appends one byte.</summary>
    public void Add(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
    }

    /// <summary>Appends a <see cref="Varint"/>.</summary>
    public void AddVarint(uint value) => Length += Varint.Write(Reserve(Varint.MaxBytes), value);

    /// <summary>Appends bytes.</summary>
    public void AddRange(ReadOnlySpan<byte> values)
    {
        values.CopyTo(Reserve(values.Length));
        Length += values.Length;
    }

    /// <summary>Appends <paramref name="count"/> zero bytes and returns them for writing.</summary>
    public Span<byte> AddZeros(int count)
    {
        var span = Reserve(count);
        span.Clear();
        Length += count;
        return span;
    }

    /// <summary>Appends a <see cref="Varint"/> byte length and the UTF-8 bytes of the string.</summary>
    public void AddString(ReadOnlySpan<byte> utf8)
    {
        AddVarint((uint)utf8.Length);
        AddRange(utf8);
    }

    /// <summary>Forgets the bytes written and keeps the capacity.</summary>
    public void Clear() => Length = 0;

    /// <summary>A copy of exactly the bytes written.</summary>
    public readonly byte[] ToArray() => Span.ToArray();

    private Span<byte> Reserve(int count)
    {
        if (_bytes is null || Length + count > _bytes.Length)
        {
            // Small lists grow by doubling from 4 bytes; most terms occur in one or two documents.
            var capacity = Math.Max(4, Math.Max(Length + count, _bytes is null ? 0 : _bytes.Length * 2));
            Array.Resize(ref _bytes, capacity);
        }

        return _bytes.AsSpan(Length, count);
    }
}
