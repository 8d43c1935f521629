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
/// Runs the stages in order: Load → Validate → Model → Render → Write. It stops before Write when any
/// error exists, so a failed build never touches the previous site. <c>check</c> runs it without Write.
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
        var plan = new OutputPlan();
        var theme = Timed("theme", () => ThemeLoader.Load(options.SiteRoot, config.Theme, context.Sink));
        var rendered = Timed("render", () => SiteRenderer.Render(model, theme, context, plan));
        foreach (var file in loaded.AttachmentFiles)
        {
            plan.AddCopy(SiteUrls.Attachment(file), Path.Combine(root.AttachmentsPath, file));
        }

        Timed("scan", () => OutputPrivacyScan.Run(plan, PublicAllowances.From(loaded.Records, config), context.Sink));
        var written = !context.Sink.HasErrors && (!options.Write || Timed("write", () => OutputWriter.Write(plan, options.OutputPath, context.Sink)));
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
