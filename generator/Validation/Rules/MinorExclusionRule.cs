using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// 武汉 第十二条 (一): a result whose party is a minor is not published. A decision whose public text mentions a
/// minor (未成年) without an exclusion is flagged; mentions inside a cited title such as 《未成年人保护法》 are not.
/// </summary>
internal sealed class MinorExclusionRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        foreach (var decision in context.Records.Decisions.Where(d => d.Exclusion is null && d.Withdrawal is null))
        {
            (string Field, string? Text)[] fields =
            [
                ("title", decision.Title), ("summary", decision.Summary), ("facts", decision.Facts),
                ("target.name", decision.Target.OrganisationName), ("body", decision.Body),
            ];
            foreach (var (field, text) in fields)
            {
                if (text is not null && MentionsMinor(text))
                {
                    context.Report(RuleCodes.MinorNotExcluded, field == "body" ? decision.Source.Start : decision.Source.At(field), field);
                    break;
                }
            }
        }
    }

    /// <summary>True when the text mentions a minor outside a cited title (《…》).</summary>
    public static bool MentionsMinor(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '《':
                    depth++;
                    break;
                case '》':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '未' when depth == 0 && i + 2 < text.Length && text[i + 1] == '成' && text[i + 2] == '年':
                    return true;
            }
        }

        return false;
    }
}
