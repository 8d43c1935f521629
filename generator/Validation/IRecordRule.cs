namespace Disclosure.Generator.Validation;

/// <summary>One publication or integrity rule over the whole record set; reports every violation it finds.</summary>
internal interface IRecordRule
{
    /// <summary>Checks the records and reports to the context's sink.</summary>
    void Check(RuleContext context);
}
