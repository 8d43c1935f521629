using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Pipeline;

/// <summary>What varies per run: the clock, cancellation, and the diagnostics sink.</summary>
internal sealed record BuildContext(IClock Clock, DiagnosticSink Sink, CancellationToken Cancellation)
{
    /// <summary>Today, for this run.</summary>
    public DateOnly Today => Clock.Today;
}
