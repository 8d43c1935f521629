using System.Text.Json;
using Disclosure.Generator.Indexing;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Indexing;

public sealed class SearchTokenizerTests
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<int> Vectors()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Load().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void The_shared_vector_file_has_at_least_25_vectors()
    {
        Assert.True(Load().Count >= 25);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Document_terms_and_positions_match_the_shared_vector(int index)
    {
        var vector = Load()[index];

        var terms = SearchTokenizer.Tokenize(vector.Input);

        Assert.Equal(vector.Terms, terms.Select(t => t.Text));
        Assert.Equal(vector.Positions, terms.Select(t => t.Position));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Query_terms_and_positions_match_the_shared_vector(int index)
    {
        var vector = Load()[index];

        var terms = SearchTokenizer.QueryTerms(vector.Input);

        Assert.Equal(vector.Query, terms.Select(t => t.Text));
        Assert.Equal(vector.QueryPositions, terms.Select(t => t.Position));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Exact_keys_match_the_shared_vector_when_it_lists_them(int index)
    {
        var vector = Load()[index];

        var keys = vector.Keys;

        if (keys is not null)
        {
            Assert.Equal(keys.DocumentNumber, ExactKeys.DocumentNumber(vector.Input));
            Assert.Equal(keys.CreditCode, ExactKeys.CreditCode(vector.Input));
            Assert.Equal(keys.CertificateNumber, ExactKeys.CertificateNumber(vector.Input));
            Assert.Equal(keys.OrganisationName, ExactKeys.OrganisationName(vector.Input));
        }
    }

    [Fact]
    public void Every_substring_of_a_Han_run_is_covered_by_its_terms()
    {
        const string Text = "这是一段简单的测试文本";
        var indexed = SearchTokenizer.Tokenize(Text).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

        for (var start = 0; start < Text.Length; start++)
        {
            for (var length = 1; start + length <= Text.Length; length++)
            {
                var query = SearchTokenizer.QueryTerms(Text.Substring(start, length));
                Assert.All(query, q => Assert.Contains(q.Text, indexed));
            }
        }
    }

    private static List<TokenizerVector> Load()
    {
        var path = Path.Combine(RepoPaths.TestData, "Search", "tokenizer-vectors.json");
        return JsonSerializer.Deserialize<List<TokenizerVector>>(File.ReadAllText(path), Options) ?? [];
    }

    private sealed record TokenizerVector(
        string Input,
        IReadOnlyList<string> Terms,
        IReadOnlyList<int> Positions,
        IReadOnlyList<string> Query,
        IReadOnlyList<int> QueryPositions,
        string Note,
        ExactKeyVector? Keys);

    private sealed record ExactKeyVector(string? DocumentNumber, string? CreditCode, string? CertificateNumber, string? OrganisationName);
}
