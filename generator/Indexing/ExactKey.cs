namespace Disclosure.Generator.Indexing;

/// <summary>A value a document can be found by exactly, such as its document number.</summary>
/// <param name="Kind">Which field the value comes from.</param>
/// <param name="Value">The value as published; <see cref="ExactKeys"/> normalises it.</param>
internal readonly record struct ExactKey(ExactKeyKind Kind, string Value);
