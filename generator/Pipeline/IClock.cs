namespace Disclosure.Generator.Pipeline;

/// <summary>The build's notion of today, which decides expiry and validity; never ambient time.</summary>
internal interface IClock
{
    /// <summary>Today in the jurisdiction (China Standard Time).</summary>
    DateOnly Today { get; }
}
