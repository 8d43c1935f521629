using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Disclosure.Generator.Benchmarks.Hugo;

/// <summary>Reads one corpus decision, <c>.yml</c> or <c>.md</c> with YAML front matter, into a <see cref="DecisionFileSource"/>.</summary>
internal sealed class DecisionFileReader
{
    private const string Fence = "---\n";

    private readonly IDeserializer _yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public DecisionFileSource Read(string path)
    {
        var text = File.ReadAllText(path);
        var body = "";
        if (text.StartsWith(Fence, StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n" + Fence, Fence.Length - 1, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidDataException($"{path}: front matter has no closing '---' line.");
            }

            body = text[(end + 1 + Fence.Length)..].TrimStart('\n');
            text = text[Fence.Length..(end + 1)];
        }

        var source = _yaml.Deserialize<DecisionFileSource>(text) ?? throw new InvalidDataException($"{path}: empty record.");
        source.Body = body;
        return source;
    }
}
