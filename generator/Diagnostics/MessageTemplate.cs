namespace Disclosure.Generator.Diagnostics;

/// <summary>The three parts of a message in one language: what is wrong, the rule's source, how to fix it.</summary>
internal sealed record MessageTemplate(string What, string Source, string Fix);
