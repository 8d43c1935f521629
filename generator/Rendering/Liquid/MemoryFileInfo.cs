using Microsoft.Extensions.FileProviders;

namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>One in-memory template file.</summary>
internal sealed class MemoryFileInfo(string name, byte[] content) : IFileInfo
{
    /// <inheritdoc />
    public bool Exists => true;

    /// <inheritdoc />
    public long Length => content.Length;

    /// <inheritdoc />
    public string? PhysicalPath => null;

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

    /// <inheritdoc />
    public bool IsDirectory => false;

    /// <inheritdoc />
    public Stream CreateReadStream() => new MemoryStream(content, writable: false);
}
