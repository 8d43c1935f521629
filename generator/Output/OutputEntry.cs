namespace Disclosure.Generator.Output;

/// <summary>One planned file: its bytes, or the file to copy them from.</summary>
internal sealed record OutputEntry(byte[]? Content, string? SourceFile);
