namespace Disclosure.Generator.Records;

/// <summary>A file published with a record (flow chart, template, style image), relative to content/attachments/.</summary>
internal sealed record Attachment(string Title, string File);
