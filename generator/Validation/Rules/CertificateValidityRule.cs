using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 持证上岗 (武汉 第十三条; 盘山 3(2)): an officer without a valid certificate may not enforce, so a decision
/// naming an officer whose certificate was not valid on the decision date is an error. The site itself
/// never shows an expired certificate as valid: validity is computed from the dates for the build day.
/// </summary>
internal sealed class CertificateValidityRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var officers = context.Records.Officers.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var decision in context.Records.Decisions)
        {
            for (var i = 0; i < decision.Officers.Count; i++)
            {
                if (officers.TryGetValue(decision.Officers[i], out var officer) && officer.Agency == decision.Agency
                    && officer.Certificate?.IsValidOn(decision.DecisionDate) != true)
                {
                    context.Report(
                        RuleCodes.CertificateNotValid,
                        decision.Source.At(string.Create(CultureInfo.InvariantCulture, $"officers[{i}]")),
                        officer.Id.Value,
                        decision.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
