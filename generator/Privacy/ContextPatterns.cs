using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// The words that make a nearby value personal (身份证号, 电话, 账号, 护照 …) or public (执法证号, 统一社会信用代码,
/// 注册号), and how far before the value each may stand on the same line.
/// </summary>
internal static partial class ContextPatterns
{
    /// <summary>Characters before a value searched for an ID, bank, passport, licence or credit-code word.</summary>
    public const int NearWindow = 24;

    /// <summary>Characters before a number searched for a phone word (电话, 手机 …).</summary>
    public const int PhoneWindow = 16;

    /// <summary>Characters before a number searched for an officer-certificate word; lists of numbers follow it.</summary>
    public const int OfficerWindow = 200;

    /// <summary>Match timeout of every scanner regex; the patterns are linear, so only a bug can reach it.</summary>
    public const int TimeoutMilliseconds = 2000;

    // 执法证件号码 is an officer's public certificate, not a person's 证件号码.
    [GeneratedRegex(@"(?<!执法)证件号|身份证|身份号码|公民身份|居民身份|id[_ ]?(?:number|card|no)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex IdNumber();

    /// <summary>Words before a phone number.</summary>
    [GeneratedRegex(@"电话|手机|联系方式|座机|传真|tel|phone|mobile|fax", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex Phone();

    /// <summary>Words before a bank card or account number.</summary>
    [GeneratedRegex(@"账号|帐号|账户|帐户|开户行|开户银行|卡号|银行卡|户名|account", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex BankAccount();

    /// <summary>Words before a passport or travel-permit number.</summary>
    [GeneratedRegex(@"护照|通行证|回乡证|台胞证|旅行证|passport", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex Passport();

    /// <summary>Words before an officer's certificate number (执法证号, 执法证件号码).</summary>
    [GeneratedRegex(@"执法证|证号|certificate", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex OfficerCertificate();

    /// <summary>Words before an organisation's or a document's number, which a 15-digit run then is not an ID.</summary>
    [GeneratedRegex(@"注册号|营业执照|执照|许可证|编号|证号|代码|批号|文号|单号|订单|流水号|登记号|备案号", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex OrganisationNumber();

    /// <summary>Words before a unified social credit code, which may be all digits.</summary>
    [GeneratedRegex(@"信用代码|社会信用|纳税人识别号|组织机构代码|credit_code", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex CreditCode();
}
