using Disclosure.Generator.Configuration;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation;

/// <summary>One publication or integrity rule over the whole record set.</summary>
internal interface IRecordRule
{
    /// <summary>Reports every violation to the sink.</summary>
    void Check(RecordSet records, SiteConfig config, DateOnly today, DiagnosticSink sink);
}
