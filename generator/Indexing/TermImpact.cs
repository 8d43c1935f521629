namespace Disclosure.Generator.Indexing;

/// <summary>
/// A holder's BM25 weight for a term, quantised to one byte as INDEX-FORMAT.md defines it, so the client needs
/// neither term frequencies nor document lengths: <c>w = tf (k1 + 1) / (tf + k1 (1 − b + b len / averageLength))</c>
/// and <c>impact = clamp(round(255 w / (k1 + 1)), 1, 255)</c>, rounding half away from zero.
/// </summary>
internal static class TermImpact
{
    /// <summary>The impact of a term with weighted frequency <paramref name="tf"/> in a document of <paramref name="length"/> terms.</summary>
    public static byte Of(int tf, int length, double averageLength)
    {
        const double K1 = SearchRanking.K1;
        const double B = SearchRanking.B;
        var w = tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / averageLength))));
        return (byte)Math.Clamp(Math.Round(255 * w / (K1 + 1), MidpointRounding.AwayFromZero), 1, 255);
    }
}
