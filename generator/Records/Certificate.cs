namespace Disclosure.Generator.Records;

/// <summary>执法证件: certificate number and validity.</summary>
internal sealed record Certificate(CertificateNumber Number, DateOnly? ValidFrom, DateOnly ValidUntil)
{
    /// <summary>True when the certificate is valid on the given day (持证上岗).</summary>
    public bool IsValidOn(DateOnly day) => day <= ValidUntil && (ValidFrom is null || day >= ValidFrom);
}
