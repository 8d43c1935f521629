using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>A correction names an existing decision (武汉 第十五条: the log says what was corrected).</summary>
internal sealed class RecordReferenceRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var (records, sink) = (context.Records, context.Sink);
        var decisions = records.Decisions.Select(d => d.Id.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var correction in records.Corrections)
        {
            if (correction.Record is { } id && !decisions.Contains(id.Value))
            {
                sink.Report(RuleCodes.UnknownRecord, correction.Source.At("record"), id.Value);
            }
        }
    }
}
