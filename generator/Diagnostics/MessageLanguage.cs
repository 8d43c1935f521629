namespace Disclosure.Generator.Diagnostics;

/// <summary>The language diagnostics are printed in: Chinese by default, English with <c>--lang en</c>.</summary>
internal enum MessageLanguage
{
    Chinese,
    English,
}
