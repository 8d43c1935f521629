using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Validation.Rules;

/// <summary>
/// Ids are unique within a kind (they are page URLs), and certificate numbers unique among officers
/// (they key the officer look-up, 武汉 第七条 (三)).
/// </summary>
internal sealed class DuplicateIdRule : IRecordRule
{
    /// <inheritdoc />
    public void Check(RuleContext context)
    {
        var (records, sink) = (context.Records, context.Sink);
        IEnumerable<IEnumerable<DisclosureRecord>> kinds =
        [
            records.Agencies, records.Officers, records.Powers, records.InspectionLists, records.Procedures, records.Guides,
            records.Notices, records.Decisions, records.InspectionPlans, records.InspectionResults, records.Reports, records.Corrections,
        ];
        foreach (var kind in kinds)
        {
            ReportDuplicates(kind, r => r.Id.Value, RuleCodes.DuplicateId, sink);
        }

        var certified = records.Officers.Where(o => o.Certificate is not null).ToList();
        ReportDuplicates(certified, r => ((Officer)r).Certificate!.Number.Value.ToUpperInvariant(), RuleCodes.DuplicateCertificate, sink, "certificate.number");
        ReportDuplicates(records.Decisions, r => ((Decision)r).DocumentNumber.Value, RuleCodes.DuplicateId, sink, "document_number");
    }

    private static void ReportDuplicates(IEnumerable<DisclosureRecord> records, Func<DisclosureRecord, string> key, string code, DiagnosticSink sink, string field = "id")
    {
        var first = new Dictionary<string, DisclosureRecord>(StringComparer.Ordinal);
        foreach (var record in records.OrderBy(r => r.Source.Path, StringComparer.Ordinal))
        {
            var value = key(record);
            if (first.TryGetValue(value, out var earlier))
            {
                sink.Report(code, record.Source.At(field), value, earlier.Source.Path);
            }
            else
            {
                first[value] = record;
            }
        }
    }
}
