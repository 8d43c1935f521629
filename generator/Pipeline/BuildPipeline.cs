using System.Diagnostics;
using Disclosure.Generator.Configuration;
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
/// Runs the stages in order: Load → Validate → Model → Render → Write. Rendering streams each page through
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

        // Pages are scanned and streamed into a staging folder as they are rendered; the site is swapped in
        // only when nothing was found, so a failed build never touches the previous one.
        using var staging = options.Write ? OutputStaging.Begin(options.OutputPath, context.Sink) : null;
        if (options.Write && staging is null)
        {
            return Failed(loaded.Records, times) with { Changed = dates.Changed };
        }

        var scan = new OutputPrivacyScan(PublicAllowances.From(loaded.Records, config), context.Sink);
        var plan = new OutputPlan(scan, staging);
        var rendered = Timed("render", () =>
        {
            var pages = SiteRenderer.Render(model, theme, context, plan);
            foreach (var file in loaded.AttachmentFiles)
            {
                plan.AddCopy(SiteUrls.Attachment(file), Path.Combine(root.AttachmentsPath, file));
            }

            return pages;
        });
        var written = !context.Sink.HasErrors && (staging is null || Timed("write", () => staging.Commit(context.Sink)));
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

    private static BuildResult Failed(RecordSet records, List<(string, TimeSpan)> times) => new()
    {
        Succeeded = false,
        Records = records,
        Timings = new StageTimings(times),
    };
}
