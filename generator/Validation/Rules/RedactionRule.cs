using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第十一条第二款 and 第六条: a published full text or summary contains no ID numbers, phone numbers, bank
/// accounts, property certificate numbers, home addresses, contact details or unmasked names. Every field
/// that reaches the public site is scanned; findings show only masked values.
/// </summary>
internal sealed class RedactionRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var scanner = new PersonalDataScanner(PublicAllowances.From(context.Records, context.Config));
        var english = context.Config.Language == "en";
        foreach (var record in context.Records.All().Where(r => r is not Decision { Exclusion: not null }))
        {
            foreach (var (field, text) in PublicFields.Of(record))
            {
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                foreach (var finding in scanner.Scan(text))
                {
                    var at = record.Source.At(field);
                    var location = finding.Line == 1
                        ? at with { Column = at.Column + finding.Column - 1 }
                        : at with { Line = at.Line + finding.Line - 1, Column = finding.Column };
                    var label = english ? finding.Kind.EnglishLabel() : finding.Kind.ChineseLabel();
                    if (finding.Kind.IsReviewOnly())
                    {
                        context.Report(RuleCodes.PropertyStatusReview, location, field, finding.Masked);
                    }
                    else
                    {
                        context.Report(RuleCodes.PersonalData, location, field, label, finding.Masked);
                    }
                }
            }
        }
    }
}
