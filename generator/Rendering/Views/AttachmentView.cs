namespace Disclosure.Generator.Rendering.Views;

/// <summary>An attachment link; images are also shown inline.</summary>
internal sealed record AttachmentView(string Title, string Url, string FileType, bool IsImage);
