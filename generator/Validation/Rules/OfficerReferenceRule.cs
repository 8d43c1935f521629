using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>A decision's officers exist and belong to the deciding agency (持证上岗, 武汉 第十三条).</summary>
internal sealed class OfficerReferenceRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var (records, sink) = (context.Records, context.Sink);
        var officers = records.Officers.GroupBy(o => o.Id.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var decision in records.Decisions)
        {
            for (var i = 0; i < decision.Officers.Count; i++)
            {
                var id = decision.Officers[i].Value;
                if (!officers.TryGetValue(id, out var officer) || officer.Agency != decision.Agency)
                {
                    sink.Report(RuleCodes.UnknownOfficer, decision.Source.At(string.Create(CultureInfo.InvariantCulture, $"officers[{i}]")), id);
                }
            }
        }
    }
}
