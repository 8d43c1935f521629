using System.Diagnostics;
using Disclosure.Generator.Benchmarks.Corpus;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Output;

/// <summary>A real build process killed with SIGKILL while it streams pages must leave the previous site as it was.</summary>
public sealed class KilledBuildTests
{
    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_site_byte_for_byte_and_the_next_build_cleans_up()
    {
        using var site = new TempDir();
        var corpus = new CorpusOptions(1_500, 5);
        CorpusGenerator.Generate(corpus, site.Path);
        var output = Path.Combine(site.Path, "out");
        var (first, _) = SiteRun.Run(site.Path, output, corpus.Today);
        Assert.True(first.Succeeded);
        var before = TreeHashes.Of(output);
        // A visible change, so that a half-finished swap could not go unnoticed.
        File.AppendAllText(Path.Combine(site.Path, "site.yml"), "page_size: 7\n");

        using (var build = StartBuild(site.Path, output))
        {
            // Wait until the build is streaming pages into its staging folder, then kill it.
            var staging = Path.Combine(site.Path, $".out.new-{build.Id}");
            var clock = Stopwatch.StartNew();
            while (!(Directory.Exists(staging) && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Take(50).Count() >= 50) && !build.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(20);
            }

            Assert.False(build.HasExited, "the build finished before it could be killed");
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        Assert.Equal(before, TreeHashes.Of(output));
        Assert.NotEmpty(Directory.EnumerateDirectories(site.Path, ".out.new-*"));

        var (next, _) = SiteRun.Run(site.Path, output, corpus.Today);

        Assert.True(next.Succeeded);
        Assert.Empty(Directory.EnumerateDirectories(site.Path, ".out.new-*"));
        Assert.NotEqual(before, TreeHashes.Of(output));
    }

    private static Process StartBuild(string site, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "disclosure.dll"), "build", "--site", site, "--output", output, "--today", "2026-12-15" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
