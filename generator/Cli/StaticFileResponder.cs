using System.Globalization;
using System.Net;
using Disclosure.Generator.Indexing;

namespace Disclosure.Generator.Cli;

/// <summary>
/// Answers one preview request from the output folder; never serves a file outside it. It behaves like a
/// usual static host: a single byte range when asked (<c>Range: bytes=a-b</c>, which the search client uses to
/// read postings and records), gzip for text when the browser accepts it, and the site's 404 page.
/// </summary>
internal static class StaticFileResponder
{
    private static readonly string[] Compressible = [".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".csv", ".txt"];

    /// <summary>Writes the file for the request's path, index.html for folders, or the site's 404 page.</summary>
    public static void Respond(HttpListenerContext context, string root)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/").TrimStart('/');
            var full = Path.GetFullPath(Path.Combine(root, path));
            if (Directory.Exists(full))
            {
                full = Path.Combine(full, "index.html");
            }

            var inside = full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var found = inside && File.Exists(full);
            if (!found)
            {
                response.StatusCode = 404;
                full = Path.Combine(root, "404.html");
            }

            response.ContentType = ContentType(full);
            if (!File.Exists(full))
            {
                return;
            }

            response.AddHeader("Accept-Ranges", "bytes");
            var range = found ? context.Request.Headers["Range"] : null;
            if (range is not null)
            {
                // Only the asked bytes are read: the index's postings and record parts are tens of megabytes.
                WriteRange(response, full, range);
            }
            else if (Compressible.Contains(Path.GetExtension(full), StringComparer.Ordinal) && AcceptsGzip(context.Request))
            {
                var packed = IndexFiles.Gzip(File.ReadAllBytes(full));
                response.AddHeader("Content-Encoding", "gzip");
                response.AddHeader("Vary", "Accept-Encoding");
                response.ContentLength64 = packed.Length;
                response.OutputStream.Write(packed);
            }
            else
            {
                using var file = File.OpenRead(full);
                response.ContentLength64 = file.Length;
                file.CopyTo(response.OutputStream);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            // The client went away, or the file changed under a rebuild; nothing more to send.
            TrySetStatus(response, 500);
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (HttpListenerException)
            {
                // Closed by the client already.
            }
        }
    }

    /// <summary>
    /// Parses <c>bytes=first-last</c>, <c>bytes=first-</c> or <c>bytes=-suffix</c> for a file of
    /// <paramref name="length"/> bytes; null for anything else (several ranges, other units, out of range).
    /// </summary>
    public static (long First, long Last)? ParseRange(string header, long length)
    {
        ArgumentNullException.ThrowIfNull(header);
        const string Unit = "bytes=";
        if (!header.StartsWith(Unit, StringComparison.OrdinalIgnoreCase) || header.Contains(',', StringComparison.Ordinal) || length == 0)
        {
            return null;
        }

        var spec = header[Unit.Length..].Trim();
        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return null;
        }

        var (start, end) = (spec[..dash], spec[(dash + 1)..]);
        if (start.Length == 0)
        {
            return long.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var suffix) && suffix > 0
                ? (Math.Max(0, length - suffix), length - 1)
                : null;
        }

        if (!long.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first >= length)
        {
            return null;
        }

        if (end.Length == 0)
        {
            return (first, length - 1);
        }

        return long.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var last) && last >= first
            ? (first, Math.Min(last, length - 1))
            : null;
    }

    private static void WriteRange(HttpListenerResponse response, string path, string header)
    {
        using var file = File.OpenRead(path);
        if (ParseRange(header, file.Length) is not { } range)
        {
            response.StatusCode = 416;
            response.AddHeader("Content-Range", string.Create(CultureInfo.InvariantCulture, $"bytes */{file.Length}"));
            return;
        }

        var count = range.Last - range.First + 1;
        response.StatusCode = 206;
        response.AddHeader("Content-Range", string.Create(CultureInfo.InvariantCulture, $"bytes {range.First}-{range.Last}/{file.Length}"));
        response.ContentLength64 = count;
        var buffer = new byte[(int)Math.Min(count, 1 << 16)];
        file.Position = range.First;
        while (count > 0)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(count, buffer.Length));
            if (read == 0)
            {
                throw new IOException("the file became shorter while it was being sent");
            }

            response.OutputStream.Write(buffer, 0, read);
            count -= read;
        }
    }

    private static bool AcceptsGzip(HttpListenerRequest request) =>
        (request.Headers["Accept-Encoding"] ?? "").Split(',').Any(e => e.Trim().StartsWith("gzip", StringComparison.OrdinalIgnoreCase));

    private static void TrySetStatus(HttpListenerResponse response, int status)
    {
        try
        {
            response.StatusCode = status;
        }
        catch (InvalidOperationException)
        {
            // Headers already sent.
        }
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".xml" => "application/xml; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
