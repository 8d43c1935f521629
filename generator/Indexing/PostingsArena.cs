using System.Buffers.Binary;

namespace Disclosure.Generator.Indexing;

/// <summary>
/// Many growable byte streams in a few large pages, so that millions of terms cost no object or array each and
/// the garbage collector has almost nothing to trace. A stream is a chain of slices of growing size
/// (16 bytes, then 32, doubling up to 32 KB); the last 4 bytes of a full slice hold the address of the next.
/// An address is a page number and an offset in one <see cref="int"/>. Not thread-safe: one arena per thread.
/// </summary>
internal sealed class PostingsArena
{
    private const int PageBits = 20;
    private const int PageSize = 1 << PageBits;
    private const int PageMask = PageSize - 1;
    private const int Link = 4;
    private const int FirstSliceBits = 4;
    private const int MaxLevel = 11;
    private readonly List<byte[]> _pages = [];

    // Address 0 means "no slice yet", so the first page starts its slices at 16.
    private int _next = PageSize;

    /// <summary>Appends a byte to <paramref name="stream"/>.</summary>
    public void Add(ref ArenaStream stream, byte value)
    {
        if (stream.Head == 0)
        {
            stream.Head = stream.Cursor = NewSlice(0);
            stream.End = stream.Head + SliceSize(0) - Link;
        }
        else if (stream.Cursor == stream.End)
        {
            var level = Math.Min(stream.Level + 1, MaxLevel);
            var next = NewSlice(level);
            BinaryPrimitives.WriteInt32LittleEndian(_pages[stream.End >> PageBits].AsSpan(stream.End & PageMask, Link), next);
            stream.Level = level;
            stream.Cursor = next;
            stream.End = next + SliceSize(level) - Link;
        }

        _pages[stream.Cursor >> PageBits][stream.Cursor & PageMask] = value;
        stream.Cursor++;
        stream.Length++;
    }

    /// <summary>Appends a <see cref="Varint"/> to <paramref name="stream"/>.</summary>
    public void AddVarint(ref ArenaStream stream, uint value)
    {
        while (value >= 0x80)
        {
            Add(ref stream, (byte)(value | 0x80));
            value >>= 7;
        }

        Add(ref stream, (byte)value);
    }

    /// <summary>Copies the bytes of <paramref name="stream"/> into <paramref name="destination"/>, which holds at least <see cref="ArenaStream.Length"/> bytes.</summary>
    public void CopyTo(in ArenaStream stream, Span<byte> destination)
    {
        var address = stream.Head;
        var level = 0;
        var copied = 0;
        while (copied < stream.Length)
        {
            var payload = Math.Min(SliceSize(level) - Link, stream.Length - copied);
            _pages[address >> PageBits].AsSpan(address & PageMask, payload).CopyTo(destination[copied..]);
            copied += payload;
            if (copied < stream.Length)
            {
                var link = address + SliceSize(level) - Link;
                address = BinaryPrimitives.ReadInt32LittleEndian(_pages[link >> PageBits].AsSpan(link & PageMask, Link));
                level = Math.Min(level + 1, MaxLevel);
            }
        }
    }

    private static int SliceSize(int level) => 1 << (FirstSliceBits + level);

    private int NewSlice(int level)
    {
        var size = SliceSize(level);
        if ((_next & PageMask) + size > PageSize || _next >> PageBits >= _pages.Count)
        {
            if (_pages.Count == int.MaxValue >> PageBits)
            {
                throw new InvalidOperationException("a postings arena is limited to 2 GB");
            }

            _pages.Add(new byte[PageSize]);
            _next = (_pages.Count - 1) << PageBits;
            if (_next == 0)
            {
                _next = 1 << FirstSliceBits;
            }
        }

        var address = _next;
        _next += size;
        return address;
    }
}
