using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Disclosure.Generator.Cli;

namespace Disclosure.Generator.Tests.Cli;

/// <summary>The preview server answers byte ranges and compresses text as a usual static host does.</summary>
public sealed class StaticFileResponderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("responder-").FullName;
    private readonly HttpListener _listener = new();
    private readonly HttpClient _client = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
    private readonly Uri _base;

    public StaticFileResponderTests()
    {
        File.WriteAllBytes(Path.Combine(_root, "data.bin"), [.. Enumerable.Range(0, 100).Select(i => (byte)i)]);
        File.WriteAllText(Path.Combine(_root, "page.html"), string.Concat(Enumerable.Repeat("<p>执法公示</p>", 200)));
        File.WriteAllText(Path.Combine(_root, "404.html"), "missing");
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _base = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(_base.ToString());
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                try
                {
                    var context = await _listener.GetContextAsync();
                    _ = Task.Run(() => StaticFileResponder.Respond(context, _root));
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        });
    }

    [Fact]
    public async Task A_byte_range_gets_206_with_exactly_those_bytes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, "data.bin"));
        request.Headers.Range = new RangeHeaderValue(10, 17);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(Enumerable.Range(10, 8).Select(i => (byte)i), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes 10-17/100", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task A_range_past_the_end_gets_416()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, "data.bin"));
        request.Headers.Range = new RangeHeaderValue(100, 120);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
    }

    [Fact]
    public async Task Text_is_sent_gzip_compressed_when_the_browser_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, "page.html"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await _client.SendAsync(request);
        var packed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.Equal(File.ReadAllText(Path.Combine(_root, "page.html")), await reader.ReadToEndAsync());
        Assert.True(packed.Length < 400, $"compressed to {packed.Length} bytes");
    }

    [Fact]
    public async Task Binary_files_are_sent_as_they_are()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, "data.bin"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await _client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(100, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Theory]
    [InlineData("bytes=0-9", 0L, 9L)]
    [InlineData("bytes=90-", 90L, 99L)]
    [InlineData("bytes=-5", 95L, 99L)]
    [InlineData("bytes=95-200", 95L, 99L)]
    public void Ranges_are_read_as_HTTP_defines_them(string header, long first, long last)
    {
        Assert.Equal((first, last), StaticFileResponder.ParseRange(header, 100));
    }

    [Theory]
    [InlineData("bytes=100-")]
    [InlineData("bytes=5-2")]
    [InlineData("bytes=0-1,5-6")]
    [InlineData("items=0-1")]
    [InlineData("bytes=a-b")]
    public void Ranges_a_static_host_would_refuse_are_refused(string header)
    {
        Assert.Null(StaticFileResponder.ParseRange(header, 100));
    }

    public void Dispose()
    {
        _listener.Close();
        _client.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
