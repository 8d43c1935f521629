using Microsoft.Playwright;

namespace Disclosure.Generator.Benchmarks.Search;

/// <summary>
/// Counts what a browser context fetched: each finished request's response headers and body as received
/// (Chromium's encoded sizes, so compressed bytes when the server compresses), by site-relative path.
/// Dedicated workers' requests (Pagefind searches in one) are the context's too.
/// </summary>
internal sealed class NetworkTally
{
    private readonly List<Task<(string Path, long Bytes)>> _finished = [];
    private int _pending;

    public NetworkTally(IBrowserContext context)
    {
        context.Request += (_, _) => Interlocked.Increment(ref _pending);
        context.RequestFailed += (_, _) => Interlocked.Decrement(ref _pending);
        context.RequestFinished += (_, request) =>
        {
            lock (_finished)
            {
                _finished.Add(SizeAsync(request));
            }

            Interlocked.Decrement(ref _pending);
        };
    }

    /// <summary>Waits until no request is in flight (at most 30 s), then sums index data and everything.</summary>
    public async Task<(long Index, long Total, int Requests)> SettleAsync(Func<string, bool> isIndexData)
    {
        for (var waited = 0; Volatile.Read(ref _pending) > 0 && waited < 30_000; waited += 20)
        {
            await Task.Delay(20);
        }

        Task<(string Path, long Bytes)>[] finished;
        lock (_finished)
        {
            finished = [.. _finished];
        }

        var sizes = await Task.WhenAll(finished);
        return (sizes.Where(s => isIndexData(s.Path)).Sum(s => s.Bytes), sizes.Sum(s => s.Bytes), sizes.Length);
    }

    private static async Task<(string Path, long Bytes)> SizeAsync(IRequest request)
    {
        var sizes = await request.SizesAsync();
        return (new Uri(request.Url).AbsolutePath.TrimStart('/'), sizes.ResponseHeadersSize + sizes.ResponseBodySize);
    }
}
