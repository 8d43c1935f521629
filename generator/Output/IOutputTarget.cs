using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Output;

/// <summary>Where a build's files go until <see cref="Commit"/> makes them the site. Thread-safe for writes.</summary>
internal interface IOutputTarget : IDisposable
{
    /// <summary>True when files whose content equals the previous build's may be skipped.</summary>
    BuildState? Previous { get; }

    /// <summary>Writes one file (site-relative path).</summary>
    void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>Copies one file into the output.</summary>
    void Copy(string path, string sourceFile);

    /// <summary>Makes the written files the site and records <paramref name="state"/>; false after reporting why not.</summary>
    bool Commit(BuildState state, DiagnosticSink sink);
}
