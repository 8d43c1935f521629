using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>What Loading returns: the records, and the attachment files they reference (relative to content/attachments/).</summary>
internal sealed record LoadResult(RecordSet Records, IReadOnlyList<string> AttachmentFiles, int FilesRead);
