using System.Net;
using System.Net.Sockets;
using Disclosure.Generator.Cli;

namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 at a free port with the generator's own preview responder, so the
/// browser sees the same paths and content types as under <c>disclosure serve</c> (.js as text/javascript,
/// which ES modules require, and .json as application/json).
/// </summary>
internal sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;

    public StaticSiteServer(string root)
    {
        (_listener, Port) = Listen();
        _loop = Task.Run(() => ServeAsync(root));
    }

    /// <summary>The port the site is served on.</summary>
    public int Port { get; }

    /// <summary>The site's base address, ending in a slash.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    // Another process can take the port between probing and listening; try again with a new one.
    private static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync(string root)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // The browser fetches a page's stylesheet, scripts and index shards in parallel.
            _ = Task.Run(() => StaticFileResponder.Respond(context, root));
        }
    }
}
