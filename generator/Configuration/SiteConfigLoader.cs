using System.Collections.Immutable;
using System.Globalization;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Configuration;

/// <summary>Reads site.yml with positions; unknown keys and impossible values are errors at their line.</summary>
internal static class SiteConfigLoader
{
    private const string FileName = "site.yml";

    /// <summary>The configuration; defaults fill what site.yml leaves out. Problems go to the sink.</summary>
    public static SiteConfig Load(ContentRoot root, DiagnosticSink sink)
    {
        if (!File.Exists(root.ConfigPath))
        {
            sink.Report(RuleCodes.MissingConfiguration, SourceLocation.FileStart(FileName));
            return new SiteConfig();
        }

        var text = TextFileReader.Read(root.ConfigPath, FileName, sink);
        var file = new SourceFile(FileName, 0, sink);
        var node = text is null ? null : YamlDocumentParser.Parse(text, file);
        if (node is null)
        {
            return new SiteConfig();
        }

        var f = new FieldReader(node, file);
        var defaults = new SiteConfig();
        var config = defaults with
        {
            Title = f.Text("title", required: true) ?? defaults.Title,
            BaseUrl = ReadBaseUrl(f) ?? defaults.BaseUrl,
            Language = ReadLanguage(f) ?? defaults.Language,
            Theme = f.Id("theme")?.Value ?? defaults.Theme,
            Host = f.Text("host", required: true) ?? defaults.Host,
            Organiser = f.Text("organiser"),
            Identifiers = ReadIdentifiers(f.Mapping("identifiers")),
            Contact = ReadContact(f.Mapping("contact")),
            Rules = ReadRules(f.Mapping("rules")),
            PageSize = Positive(f, "page_size") ?? defaults.PageSize,
            LatestCount = Positive(f, "latest_count") ?? defaults.LatestCount,
            Today = f.Date("today"),
        };
        f.Finish();
        return config;
    }

    private static string? ReadBaseUrl(FieldReader f)
    {
        var text = f.Text("base_url");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            f.Report(RuleCodes.WrongType, "base_url", "base_url", "以 https:// 开头的网址 / an absolute https:// address");
            return null;
        }

        return text.EndsWith('/') ? text : text + "/";
    }

    private static string? ReadLanguage(FieldReader f)
    {
        var text = f.Text("language");
        if (text is null or "zh-CN" or "en")
        {
            return text;
        }

        f.Report(RuleCodes.UnknownValue, "language", "language", text, "zh-CN、en");
        return null;
    }

    private static int? Positive(FieldReader f, string key)
    {
        var value = f.Int(key);
        if (value is 0)
        {
            f.Report(RuleCodes.InvalidValue, key, key, "必须大于 0 / must be greater than 0");
            return null;
        }

        return value;
    }

    private static SiteIdentifiers ReadIdentifiers(FieldReader? f)
    {
        if (f is null)
        {
            return new SiteIdentifiers();
        }

        var ids = new SiteIdentifiers { SiteCode = f.Text("site_code"), Icp = f.Text("icp"), PublicSecurity = f.Text("public_security") };
        f.Finish();
        return ids;
    }

    private static SiteContact ReadContact(FieldReader? f)
    {
        if (f is null)
        {
            return new SiteContact();
        }

        var contact = new SiteContact { Phone = f.Text("phone"), Email = f.Text("email"), Address = f.Text("address") };
        f.Finish();
        return contact;
    }

    private static RuleSettings ReadRules(FieldReader? f)
    {
        var defaults = new RuleSettings();
        if (f is null)
        {
            return defaults;
        }

        var deadlines = f.Mapping("result_deadlines");
        var rules = defaults with
        {
            LicenseDeadline = PositiveIn(deadlines, "license") ?? defaults.LicenseDeadline,
            PenaltyDeadline = PositiveIn(deadlines, "penalty") ?? defaults.PenaltyDeadline,
            OtherDeadline = PositiveIn(deadlines, "other") ?? defaults.OtherDeadline,
            AnnualReportDue = ReadMonthDay(f, "annual_report_due") ?? defaults.AnnualReportDue,
            InspectionPlanDueQuarter = ReadQuarter(f) ?? defaults.InspectionPlanDueQuarter,
            InspectionResultFrequency = ReadFrequency(f) ?? defaults.InspectionResultFrequency,
            WithdrawalDeadline = Positive(f, "withdrawal_deadline") ?? defaults.WithdrawalDeadline,
            PublicationMonths = ReadPeriods(f.Mapping("publication_months")) ?? defaults.PublicationMonths,
            WithdrawnNotice = f.Text("withdrawn_notice") is null ? defaults.WithdrawnNotice : f.Bool("withdrawn_notice"),
            DutiesFrom = f.Date("duties_from"),
        };
        deadlines?.Finish();
        f.Finish();
        return rules;
    }

    private static int? PositiveIn(FieldReader? f, string key) => f is null ? null : Positive(f, key);

    private static (int, int)? ReadMonthDay(FieldReader f, string key)
    {
        var text = f.Text(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact("2024-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day.Month, day.Day);
        }

        f.Report(RuleCodes.InvalidDate, key, key, text);
        return null;
    }

    private static int? ReadQuarter(FieldReader f)
    {
        var quarter = f.Int("inspection_plan_due_quarter");
        if (quarter is null or (>= 1 and <= 4))
        {
            return quarter;
        }

        f.Report(RuleCodes.InvalidValue, "inspection_plan_due_quarter", "inspection_plan_due_quarter", "1–4");
        return null;
    }

    private static InspectionFrequency? ReadFrequency(FieldReader f)
    {
        var text = f.Text("inspection_result_frequency");
        switch (text)
        {
            case null:
                return null;
            case "monthly" or "按月":
                return InspectionFrequency.Monthly;
            case "quarterly" or "按季度":
                return InspectionFrequency.Quarterly;
            default:
                f.Report(RuleCodes.UnknownValue, "inspection_result_frequency", "inspection_result_frequency", text, "monthly、quarterly");
                return null;
        }
    }

    private static ImmutableSortedDictionary<DecisionCategory, int>? ReadPeriods(FieldReader? f)
    {
        if (f is null)
        {
            return null;
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<DecisionCategory, int>();
        foreach (var category in ClosedSets.Categories.Values)
        {
            if (Positive(f, ClosedSets.Categories.Slug(category)) is { } months)
            {
                builder[category] = months;
            }
        }

        f.Finish();
        return builder.ToImmutable();
    }
}
