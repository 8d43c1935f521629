using System.Text;

namespace Disclosure.Generator.Import;

/// <summary>
/// Decodes an export: UTF-8 with or without a byte-order mark, or GB18030 (the encoding Excel and many
/// case-handling systems on Chinese Windows write), through .NET's code-pages provider, which ships with
/// the runtime. Nothing is registered globally.
/// </summary>
internal static class ExportTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with the reason (bilingual) when the bytes are not in the expected encoding.</summary>
    public static string? Decode(byte[] bytes, string encoding, out string? problem)
    {
        problem = null;
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (hasBom || encoding == "utf-8")
        {
            try
            {
                return StrictUtf8.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            }
            catch (DecoderFallbackException)
            {
                problem = "不是有效的 UTF-8 / not valid UTF-8";
                return null;
            }
        }

        if (encoding == "auto")
        {
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: the other encoding Chinese exports come in.
            }
        }

        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (gb18030 is null)
        {
            problem = "此环境不支持 GB18030，请另存为 UTF-8 / GB18030 is not available here; save the file as UTF-8";
            return null;
        }

        try
        {
            return gb18030.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problem = "既不是 UTF-8 也不是 GB18030 / neither UTF-8 nor GB18030";
            return null;
        }
    }
}
