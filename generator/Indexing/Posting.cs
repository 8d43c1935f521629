namespace Disclosure.Generator.Indexing;

/// <summary>One decoded posting: a document holding a term.</summary>
/// <param name="Document">Document number.</param>
/// <param name="Length">Document length in term occurrences.</param>
/// <param name="BodyCount">Occurrences in the body.</param>
/// <param name="TitleCount">Occurrences in the title.</param>
/// <param name="Positions">First positions, ascending.</param>
internal sealed record Posting(int Document, int Length, int BodyCount, int TitleCount, IReadOnlyList<int> Positions)
{
    /// <summary>Decodes the flat integer form written by <see cref="PostingList"/>.</summary>
    public static List<Posting> Decode(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var postings = new List<Posting>();
        var document = 0;
        var i = 0;
        while (i < values.Count)
        {
            document = postings.Count == 0 ? values[i] : document + values[i];
            var (length, body, title, k) = (values[i + 1], values[i + 2], values[i + 3], values[i + 4]);
            i += 5;
            var positions = new int[k];
            var position = 0;
            for (var p = 0; p < k; p++)
            {
                position += values[i++];
                positions[p] = position;
            }

            postings.Add(new Posting(document, length, body, title, positions));
        }

        return postings;
    }
}
