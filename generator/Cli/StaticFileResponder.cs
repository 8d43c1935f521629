using System.Net;

namespace Disclosure.Generator.Cli;

/// <summary>Answers one preview request from the output folder; never serves a file outside it.</summary>
internal static class StaticFileResponder
{
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
            if (!inside || !File.Exists(full))
            {
                response.StatusCode = 404;
                full = Path.Combine(root, "404.html");
            }

            response.ContentType = ContentType(full);
            if (File.Exists(full))
            {
                var bytes = File.ReadAllBytes(full);
                response.ContentLength64 = bytes.Length;
                response.OutputStream.Write(bytes);
            }
        }
        catch (IOException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
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
