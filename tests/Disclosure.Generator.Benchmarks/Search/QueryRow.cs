namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// One query on one engine at one size: the ground truth's size, what the engine found (null when it could not
/// be asked) and how many of those are in the truth, the median browser measurement over the runs (null when
/// the engine has no page to open), and a note saying why something is missing.
/// </summary>
internal sealed record QueryRow(BenchQuery Query, string Engine, int Truth, int? Found, int? Relevant, QueryMeasurement? Measured, string Note)
{
    /// <summary>Found ∩ truth ÷ truth; null when not asked or the truth is empty.</summary>
    public double? Recall => Relevant is { } r && Truth > 0 ? (double)r / Truth : null;
}
