namespace Disclosure.Generator.Indexing;

/// <summary>The fields looked up by exact value rather than by terms.</summary>
internal enum ExactKeyKind
{
    /// <summary>决定书文号, such as 青市监罚〔2025〕12号.</summary>
    DocumentNumber,

    /// <summary>统一社会信用代码 (18 characters).</summary>
    CreditCode,

    /// <summary>执法证件号码.</summary>
    CertificateNumber,

    /// <summary>An organisation's full name (当事人单位名称).</summary>
    OrganisationName,
}
