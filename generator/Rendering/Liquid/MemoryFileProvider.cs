using System.Collections.Immutable;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>Serves the theme's templates from memory to Liquid's include tag, so rendering never reads the disk.</summary>
internal sealed class MemoryFileProvider(ImmutableSortedDictionary<string, string> templates) : IFileProvider
{
    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath)
    {
        var key = subpath.TrimStart('/');
        return templates.TryGetValue(key, out var text) ? new MemoryFileInfo(key, Encoding.UTF8.GetBytes(text)) : new NotFoundFileInfo(key);
    }

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
