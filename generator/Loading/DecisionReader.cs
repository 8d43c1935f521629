using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Loading;

/// <summary>Maps a file in content/decisions/ to a <see cref="Decision"/>.</summary>
internal static class DecisionReader
{
    /// <summary>The decision, or null when required fields are missing (already reported).</summary>
    public static Decision? Read(FieldReader f, string? body)
    {
        var header = RecordHeader.Read(f);
        var category = f.Choice("category", ClosedSets.Categories, required: true);
        var number = ReadDocumentNumber(f);
        var decisionDate = f.Date("decision_date", required: true);
        var title = f.Text("title", required: true);
        var target = ReadTarget(f.Mapping("target", required: true));
        var summary = f.Text("summary", required: true);
        var facts = f.Text("facts");
        var basis = f.Text("legal_basis", required: true);
        var penalty = ReadPenalty(f.Mapping("penalty"));
        var officers = ReadOfficerIds(f);
        var major = f.Bool("major");
        var lateReason = f.Text("late_reason");
        var legalException = f.Text("legal_exception");
        var withdrawal = ReadWithdrawal(f.Mapping("withdrawal"));
        var exclusion = ReadExclusion(f.Mapping("exclusion"));
        f.Finish();
        if (decisionDate is not null && header.Published is not null && header.Published < decisionDate)
        {
            f.Report(RuleCodes.InvalidValue, "published", "published", "早于 decision_date / before decision_date");
        }

        if (!header.IsComplete() || category is null || number is null || decisionDate is null || title is null
            || target is null || summary is null || basis is null)
        {
            return null;
        }

        return new Decision
        {
            Id = header.Id!.Value,
            Agency = header.Agency!.Value,
            Published = header.Published!.Value,
            Updated = header.Updated,
            PublicationEnd = header.PublicationEnd,
            PublishedClaimed = header.Claimed,
            Source = f.ToSourceRef(),
            Category = category.Value,
            DocumentNumber = number.Value,
            DecisionDate = decisionDate.Value,
            Title = title,
            Target = target,
            Summary = summary,
            Facts = facts,
            LegalBasis = basis,
            Penalty = penalty,
            Officers = officers,
            Major = major,
            LateReason = lateReason,
            LegalException = legalException,
            Withdrawal = withdrawal,
            Exclusion = exclusion,
            Body = body,
        };
    }

    private static DocumentNumber? ReadDocumentNumber(FieldReader f)
    {
        var text = f.Text("document_number", required: true);
        if (text is null)
        {
            return null;
        }

        if (DocumentNumber.TryParse(text, out var number))
        {
            return number;
        }

        f.Report(RuleCodes.WrongType, "document_number", "document_number", "2–64 个字符的单行文号 / a one-line number of 2–64 characters");
        return null;
    }

    private static DecisionTarget? ReadTarget(FieldReader? t)
    {
        if (t is null)
        {
            return null;
        }

        var type = t.Choice("type", ClosedSets.TargetTypes, required: true);
        var name = t.Text("name", required: true);
        var credit = CreditCodeField.Read(t, "credit_code");
        t.Finish();
        if (type is null || name is null)
        {
            return null;
        }

        // 武汉 第十一条: an individual's real name is never published; the value is wrapped so it cannot leak.
        return type == TargetType.NaturalPerson
            ? new DecisionTarget(type.Value, null, new PersonalText(name), credit)
            : new DecisionTarget(type.Value, name, null, credit);
    }

    private static Penalty? ReadPenalty(FieldReader? p)
    {
        if (p is null)
        {
            return null;
        }

        var penalty = new Penalty(p.TextList("types"), p.Decimal("fine"), p.Decimal("confiscation"));
        p.Finish();
        return penalty;
    }

    private static IReadOnlyList<RecordId> ReadOfficerIds(FieldReader f)
    {
        var ids = new List<RecordId>();
        foreach (var text in f.TextList("officers"))
        {
            if (RecordId.TryParse(text, out var id))
            {
                ids.Add(id);
            }
            else
            {
                f.Report(RuleCodes.InvalidId, "officers", text.Length <= 40 ? text : text[..40]);
            }
        }

        return ids;
    }

    private static Withdrawal? ReadWithdrawal(FieldReader? w)
    {
        if (w is null)
        {
            return null;
        }

        var date = w.Date("date", required: true);
        var received = w.Date("received");
        var reason = w.Choice("reason", ClosedSets.WithdrawalReasons, required: true);
        var note = w.Text("note");
        w.Finish();
        return date is null || reason is null ? null : new Withdrawal(date.Value, received, reason.Value, note);
    }

    private static Exclusion? ReadExclusion(FieldReader? e)
    {
        if (e is null)
        {
            return null;
        }

        var reason = e.Choice("reason", ClosedSets.ExclusionReasons, required: true);
        var note = e.Text("note");
        e.Finish();
        return reason is null ? null : new Exclusion(reason.Value, note);
    }
}
