using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第十一条第二款: a summary names an individual party with the real name hidden (个人应隐去真实姓名). The
/// site always shows the masked form; the record must also hold it, so the real name never enters Git.
/// </summary>
internal sealed class MaskedTargetRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        foreach (var decision in context.Records.Decisions)
        {
            if (decision.Target is { Type: TargetType.NaturalPerson, PersonName: { IsMasked: false } name })
            {
                context.Report(RuleCodes.UnmaskedTarget, decision.Source.At("target.name"), name.Masked);
            }
        }
    }
}
