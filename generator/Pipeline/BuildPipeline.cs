using System.Diagnostics;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Exports;
using Disclosure.Generator.Indexing;
using Disclosure.Generator.Loading;
using Disclosure.Generator.Model;
using Disclosure.Generator.Output;
using Disclosure.Generator.Privacy;
using Disclosure.Generator.Records;
using Disclosure.Generator.Rendering;
using Disclosure.Generator.Rendering.Liquid;
using Disclosure.Generator.Validation;

namespace Disclosure.Generator.Pipeline;

/// <summary>
/// Runs the stages in order: Load → Validate → Model → Render → Export → Index → Write. Rendering streams each page through
/// the final privacy scan into a staging folder; Write swaps that folder in only when no error exists, so a
/// failed build never touches the previous site. <c>check</c> runs it without writing.
/// </summary>
internal static class BuildPipeline
{
    /// <summary>Runs the pipeline.</summary>
    public static BuildResult Run(BuildOptions options, BuildContext context)
    {
        var times = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        T Timed<T>(string stage, Func<T> run)
        {
            clock.Restart();
            var value = run();
            times.Add((stage, clock.Elapsed));
            return value;
        }

        var root = new ContentRoot(options.SiteRoot);
        var config = Timed("config", () => SiteConfigLoader.Load(root, context.Sink));
        if (config.Today is { } pinned && context.Clock is SystemClock)
        {
            // site.yml may pin the day for a frozen site; an explicit --today still wins.
            context = context with { Clock = new FixedClock(pinned) };
        }

        var dates = Timed("history", () => PublicationHistory.Read(root, options.ChangedSince, context));
        var loaded = Timed("load", () => RecordLoader.Load(root, context.Sink, dates));
        Timed("validate", () =>
        {
            var calendar = CalendarLoader.Load(root, context.Sink);
            RuleRunner.Run(new RuleContext(loaded.Records, config, context.Today, calendar, context.Sink));
            return 0;
        });
        if (context.Sink.HasErrors)
        {
            return Failed(loaded.Records, times) with { Changed = dates.Changed };
        }

        var model = Timed("model", () => SiteModelBuilder.Build(loaded.Records, config, context));
        var theme = Timed("theme", () => ThemeLoader.Load(options.SiteRoot, config.Theme, context.Sink));
        if (context.Sink.HasErrors)
        {
            return Failed(loaded.Records, times) with { Changed = dates.Changed };
        }

        // Pages are scanned and streamed into a staging folder (or, incrementally, a delta of changed files)
        // as they are rendered; the site changes only when nothing was found, so a failed build never touches it.
        var allowances = PublicAllowances.From(loaded.Records, config);
        var key = OutputKey(allowances);
        using var target = !options.Write ? null
            : options.Incremental ? OutputDelta.Begin(options.OutputPath, key, context.Sink)
            : OutputStaging.Begin(options.OutputPath, context.Sink);
        if (options.Write && target is null)
        {
            return Failed(loaded.Records, times) with { Changed = dates.Changed };
        }

        var plan = new OutputPlan(new OutputPrivacyScan(allowances, context.Sink), target, key);
        var indexed = SiteIndexer.PageUrls(model);
        // Open data is built from the same published model as the pages and goes through the same plan (scanned, staged).
        var data = Timed("data", () => OpenDataExporter.Export(model, plan));
        var feeds = SiteExporter.Feeds(model, new SiteStrings(theme, config.Language).Get);
        var rendered = Timed("render", () =>
        {
            var pages = SiteRenderer.Render(model, theme, context, plan, indexed, data.Files, [.. feeds.Select(f => new FeedLink(f.Path, f.Title, f.AlternateUrl))]);
            foreach (var file in loaded.AttachmentFiles)
            {
                plan.AddCopy(SiteUrls.Attachment(file), Path.Combine(root.AttachmentsPath, file));
            }

            return pages;
        });
        // Feeds, sitemap and robots.txt go through the same plan: scanned, staged and reused when unchanged.
        Timed("feeds", () =>
        {
            SiteExporter.Export(model, feeds, rendered.Written, plan, context);
            return 0;
        });
        // The search index reads the published model (nothing withheld is in it) and the kept pages; its files
        // go through the same plan, so they are hashed, staged and committed with the pages.
        Timed("index", () => SearchIndexBuilder.Build(
            SiteIndexer.Documents(model, rendered.Kept),
            (path, bytes) => plan.Add(SiteUrls.SearchIndex + path, bytes)));
        var written = !context.Sink.HasErrors && (target is null || Timed("write", () => target.Commit(plan.State, context.Sink)));
        return new BuildResult
        {
            Succeeded = written && !context.Sink.HasErrors,
            Records = loaded.Records,
            Withheld = model.Withheld,
            Pages = rendered.Pages,
            Plan = plan,
            Changed = dates.Changed,
            Timings = new StageTimings(times),
        };
    }

    /// <summary>
    /// What decides whether an unchanged file may be reused: this exact tool (its module version id changes
    /// with any code change) and the public values the privacy scan allows.
    /// </summary>
    private static string OutputKey(ScanAllowances allowances)
    {
        var text = new System.Text.StringBuilder();
        text.Append(typeof(BuildPipeline).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        foreach (var set in new[] { allowances.PublicPhones, allowances.OfficerNames, allowances.CertificateNumbers })
        {
            text.Append('\u001e');
            foreach (var value in set.Order(StringComparer.Ordinal))
            {
                text.Append(value).Append('\u001f');
            }
        }

        return BuildState.Hash(System.Text.Encoding.UTF8.GetBytes(text.ToString())).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static BuildResult Failed(RecordSet records, List<(string, TimeSpan)> times) => new()
    {
        Succeeded = false,
        Records = records,
        Timings = new StageTimings(times),
    };
}
