using System.Text;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Loading;

/// <summary>Reads a content file as strict UTF-8, dropping a byte-order mark and normalising line ends to LF.</summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null after reporting why the file cannot be read.</summary>
    public static string? Read(string fullPath, string relativePath, DiagnosticSink sink)
    {
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException)
        {
            sink.Report(RuleCodes.UnreadableFile, SourceLocation.FileStart(relativePath), "不是有效的 UTF-8 / not valid UTF-8");
            return null;
        }
        catch (IOException ex)
        {
            sink.Report(RuleCodes.UnreadableFile, SourceLocation.FileStart(relativePath), ex.GetType().Name);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            sink.Report(RuleCodes.UnreadableFile, SourceLocation.FileStart(relativePath), "没有读取权限 / permission denied");
            return null;
        }
    }
}
