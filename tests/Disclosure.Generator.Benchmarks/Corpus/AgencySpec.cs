namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>One generated 执法主体: its id, names, the prefix of its document numbers and its phone.</summary>
internal sealed record AgencySpec(
    int Index, string Id, string Name, string ShortName, string NumberPrefix, string Domain, string Phone, string CreditCode)
{
    /// <summary>Half the agencies keep a random-inspection list, and so owe plans and results.</summary>
    public bool Inspects => Index % 2 == 0;
}
