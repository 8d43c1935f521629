namespace Disclosure.Generator.Benchmarks.Hugo;

/// <summary>
/// What one corpus decision file says, as YamlDotNet reads it: only the fields the Hugo copy shows, all
/// nullable. Keys the Hugo copy does not need (officers, major…) are skipped by the reader.
/// </summary>
internal sealed class DecisionFileSource
{
    public string? Id { get; set; }

    public string? Agency { get; set; }

    public string? Category { get; set; }

    public string? DocumentNumber { get; set; }

    public string? DecisionDate { get; set; }

    public string? Title { get; set; }

    public TargetSource? Target { get; set; }

    public string? Summary { get; set; }

    public string? Facts { get; set; }

    public string? LegalBasis { get; set; }

    public PenaltySource? Penalty { get; set; }

    public string? Published { get; set; }

    /// <summary>The Markdown body after the front matter; empty for a <c>.yml</c> record.</summary>
    public string Body { get; set; } = "";

    /// <summary>The 执法对象 block.</summary>
    internal sealed class TargetSource
    {
        public string? Type { get; set; }

        public string? Name { get; set; }

        public string? CreditCode { get; set; }
    }

    /// <summary>The 处罚 block: kinds of penalty and the fine in yuan.</summary>
    internal sealed class PenaltySource
    {
        public List<string>? Types { get; set; }

        public long? Fine { get; set; }
    }
}
