using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Reads a unified social credit code: malformed is an error, a failing checksum a warning.</summary>
internal static class CreditCodeField
{
    /// <summary>The code, or null when absent or malformed.</summary>
    public static CreditCode? Read(FieldReader f, string key, bool required = false)
    {
        var text = f.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (!CreditCode.TryParse(text, out var code))
        {
            f.Report(RuleCodes.WrongType, key, key, "18 位统一社会信用代码 / an 18-character unified social credit code");
            return null;
        }

        if (!code.ChecksumValid)
        {
            f.Report(RuleCodes.InvalidCreditCode, key, code.Value);
        }

        return code;
    }
}
