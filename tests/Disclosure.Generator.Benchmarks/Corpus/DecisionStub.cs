namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>A decision before its text: who decided, what kind, and when; sorted by date to number them.</summary>
internal sealed record DecisionStub(AgencySpec Agency, DecisionScenario Scenario, DateOnly Date);
