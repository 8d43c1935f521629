using System.Net;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Cli;

/// <summary><c>serve</c>: builds, serves the output on 127.0.0.1, and rebuilds when content, theme or site.yml change.</summary>
internal static class ServeCommand
{
    /// <summary>Runs until Ctrl+C.</summary>
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var site = Path.GetFullPath(options.Site);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(site, "_site"));
        // Every rebuild reuses the previous one: only pages whose bytes changed are written.
        var serveOptions = options with { Output = output, Incremental = true };
        BuildCommand.Execute(serveOptions, write: true, stdout, stderr);

        using var rebuild = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(site) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Changed(object sender, FileSystemEventArgs e)
        {
            var relative = Path.GetRelativePath(site, e.FullPath).Replace('\\', '/');
            if (relative.StartsWith("content/", StringComparison.Ordinal) || relative.StartsWith("themes/", StringComparison.Ordinal) || relative == "site.yml")
            {
                rebuild.Release();
            }
        }

        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += Changed;

        using var listener = new HttpListener();
        var prefix = $"http://127.0.0.1:{options.Port}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        stdout.WriteLine(options.Language == MessageLanguage.English ? $"Serving {output} at {prefix} (Ctrl+C to stop)" : $"预览地址 {prefix}（按 Ctrl+C 停止）");
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
            listener.Stop();
        };

        var rebuilder = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await rebuild.WaitAsync(stop.Token).ConfigureAwait(false);
                await Task.Delay(200, stop.Token).ConfigureAwait(false);
                while (rebuild.CurrentCount > 0)
                {
                    await rebuild.WaitAsync(stop.Token).ConfigureAwait(false);
                }

                BuildCommand.Execute(serveOptions, write: true, stdout, stderr);
            }
        });

        while (listener.IsListening)
        {
            HttpListenerContext request;
            try
            {
                request = listener.GetContext();
            }
            catch (HttpListenerException)
            {
                break;
            }

            StaticFileResponder.Respond(request, output);
        }

        return ExitCodes.Ok;
    }
}
